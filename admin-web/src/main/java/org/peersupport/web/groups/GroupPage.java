package org.peersupport.web.groups;

import java.util.List;
import java.util.Map;

import org.peersupport.groups.GroupSettings;
import org.peersupport.groups.HeldJoinRequests;
import org.peersupport.groups.ModerationFilter;
import org.peersupport.groups.ModerationHistory;
import org.peersupport.groups.PeerGroup;
import org.peersupport.groups.PeerGroups;
import org.peersupport.participants.PersonRefs;
import org.peersupport.participants.Programmes;
import org.peersupport.web.layout.FormError;
import org.peersupport.web.security.PanelUser;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/**
 * One group's page, shared by the controllers that act on it: finds the group within the
 * viewer's scope (404 otherwise, as for a group that does not exist) and fills the page:
 * settings, moderation rules, held join requests and the newest moderation.
 */
@Component
class GroupPage {

	/** How many moderation actions the group's page shows (the log page has more). */
	static final int RECENT = 10;

	private final PeerGroups groups;

	private final Programmes programmes;

	private final HeldJoinRequests held;

	private final ModerationHistory history;

	private final PersonRefs refs;

	GroupPage(PeerGroups groups, Programmes programmes, HeldJoinRequests held, ModerationHistory history,
			PersonRefs refs) {
		this.groups = groups;
		this.programmes = programmes;
		this.held = held;
		this.history = history;
		this.refs = refs;
	}

	/** The group named by a path's id, if the viewer may see it. */
	PeerGroup visible(PanelUser viewer, String id) {
		if (!id.matches("-?\\d{1,18}")) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		PeerGroup group = this.groups.find(Long.parseLong(id))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		viewer.scope().require(group.programme());
		return group;
	}

	/**
	 * Fills the page.
	 * @param settings the activation form's fields as typed or stored
	 * @param error what is wrong with the settings (or the whole page), or null
	 * @param moderation the moderation form as typed or stored
	 */
	String show(PanelUser viewer, PeerGroup group, Map<String, String> settings, FormError error,
			ModerationForm moderation, Model model) {
		model.addAttribute("group", group);
		model.addAttribute("form", settings);
		if (error != null) {
			error.show(model);
		}
		model.addAttribute("programmeChoices",
				this.programmes.all()
					.stream()
					.filter((programme) -> viewer.scope().includes(programme.key()))
					.toList());
		model.addAttribute("languageChoices", List.of("ru", "uk", "pl", "en"));
		model.addAttribute("maxCapacity", GroupSettings.MAX_CAPACITY);
		model.addAttribute("moderation", moderation);
		model.addAttribute("wordLanguages", ModerationForm.LANGUAGES);
		model.addAttribute("held",
				this.held.inGroup(group.chatId())
					.stream()
					.map((request) -> new HeldRow(request.chatId(), this.refs.of(request.chatId()), request.at()))
					.toList());
		model.addAttribute("recent",
				ModerationRow.of(
						this.history
							.find(new ModerationFilter(List.of(group.chatId()), null, null, null, null, RECENT)),
						Map.of(group.chatId(), group), this.refs));
		return "groups/group";
	}

	/** A held join request as the page lists it: by reference, never by name. */
	record HeldRow(long userId, String ref, java.time.Instant at) {

	}

}
