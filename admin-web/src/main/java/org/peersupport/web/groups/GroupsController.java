package org.peersupport.web.groups;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.peersupport.groups.GroupPlaces;
import org.peersupport.groups.GroupSettings;
import org.peersupport.groups.ModeratorsChats;
import org.peersupport.groups.PeerGroup;
import org.peersupport.groups.PeerGroups;
import org.peersupport.participants.Programmes;
import org.peersupport.web.audit.AuditLog;
import org.peersupport.web.layout.FormError;
import org.peersupport.web.security.PanelUser;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The Groups page: every peer group in the viewer's programme scope (pending groups,
 * which have no programme yet, only for staff who see all), the rights the bot lacks in
 * each, and a group's settings form, which activates a pending group and names the
 * group's own moderators' chat (a chat the bot is in that is no peer group; empty: the
 * configured one). A group out of scope answers 404, like one that does not exist.
 */
@Controller
@RequestMapping("/groups")
class GroupsController {

	static final String OBJECT_TYPE = "group";

	static final int MAX_RULES = 3000;

	static final int MAX_NAME = 100;

	private final PeerGroups groups;

	private final Programmes programmes;

	private final AuditLog auditLog;

	private final GroupPlaces places;

	private final GroupPage page;

	private final ModeratorsChats moderatorsChats;

	GroupsController(PeerGroups groups, Programmes programmes, AuditLog auditLog, GroupPlaces places, GroupPage page,
			ModeratorsChats moderatorsChats) {
		this.moderatorsChats = moderatorsChats;
		this.places = places;
		this.page = page;
		this.groups = groups;
		this.programmes = programmes;
		this.auditLog = auditLog;
	}

	@GetMapping
	String list(PanelUser viewer, Model model) {
		List<PeerGroup> shown = this.groups.list(viewer.scope().programmesOrAll());
		Map<Long, Long> members = new LinkedHashMap<>();
		Map<Long, Integer> waiting = new LinkedHashMap<>();
		for (PeerGroup group : shown) {
			members.put(group.chatId(), this.places.members(group.chatId()));
			if (group.programme() != null && group.language() != null) {
				// who waits for a group of its programme and language: the next place it
				// frees
				waiting.put(group.chatId(), this.places.waitingFor(group.programme(), group.language()).size());
			}
		}
		model.addAttribute("groups", shown);
		model.addAttribute("members", members);
		model.addAttribute("waiting", waiting);
		return "groups/list";
	}

	@GetMapping("/{id}")
	String group(PanelUser viewer, @PathVariable String id, Model model) {
		PeerGroup group = this.page.visible(viewer, id);
		return this.page.show(viewer, group, form(group), null, ModerationForm.of(group), model);
	}

	@PostMapping("/{id}/activate")
	String activate(PanelUser viewer, @PathVariable String id, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String programme, @RequestParam(defaultValue = "") String language,
			@RequestParam(defaultValue = "0") String capacity, @RequestParam(defaultValue = "") String rules,
			@RequestParam(defaultValue = "") String moderatorsChat, Model model, RedirectAttributes redirect) {
		PeerGroup before = this.page.visible(viewer, id);
		Map<String, String> form = Map.of("name", name, "programme", programme, "language", language, "capacity",
				capacity, "rules", rules, "moderatorsChat", moderatorsChat);
		FormError error = check(viewer, name, programme, language, capacity, rules);
		if (error == null && this.moderatorsChats.isModeratorsChatOfAGroup(before.chatId())) {
			// a chat where staff talk among themselves is not a place for participants
			error = FormError.onForm("groups.error.isModeratorsChat");
		}
		if (error == null) {
			error = checkModeratorsChat(before.chatId(), moderatorsChat.strip());
		}
		if (error != null) {
			return this.page.show(viewer, before, form, error, ModerationForm.of(before), model);
		}
		Long chat = moderatorsChat.isBlank() ? null : Long.parseLong(moderatorsChat.strip());
		GroupSettings settings = new GroupSettings(name, programme, language, Integer.parseInt(capacity), rules, chat);
		PeerGroup after = this.groups.activate(before.chatId(), settings, viewer.username()).orElse(null);
		if (after == null) {
			return this.page.show(viewer, before, form, FormError.onForm("groups.error.inactive"),
					ModerationForm.of(before), model);
		}
		this.auditLog.record(viewer, "group.activated", OBJECT_TYPE, id, after.programme(), audited(before),
				audited(after));
		redirect.addFlashAttribute("outcome", "groups.activated");
		return "redirect:/groups/" + id;
	}

	private FormError check(PanelUser viewer, String name, String programme, String language, String capacity,
			String rules) {
		if (this.programmes.find(programme).isEmpty() || !viewer.scope().includes(programme)) {
			return FormError.on("programme", "groups.error.programme");
		}
		if (!GroupSettings.LANGUAGES.contains(language)) {
			return FormError.on("language", "groups.error.language");
		}
		if (!capacity.matches("\\d{1,3}") || Integer.parseInt(capacity) < 1
				|| Integer.parseInt(capacity) > GroupSettings.MAX_CAPACITY) {
			return FormError.on("capacity", "groups.error.capacity");
		}
		if (rules.isBlank() || rules.length() > MAX_RULES) {
			return FormError.on("rules", "groups.error.rules");
		}
		if (name.length() > MAX_NAME) {
			return FormError.on("name", "groups.error.name");
		}
		return null;
	}

	/**
	 * The group's own moderators' chat: empty, or the id of a chat the bot is in that is
	 * no peer group (Telegram's group ids are negative numbers).
	 */
	private FormError checkModeratorsChat(long groupChatId, String moderatorsChat) {
		if (moderatorsChat.isEmpty()) {
			return null;
		}
		if (!moderatorsChat.matches("-\\d{1,18}")) {
			return FormError.on("moderatorsChat", "groups.error.moderatorsChat.number");
		}
		if (!this.moderatorsChats.usable(groupChatId, Long.parseLong(moderatorsChat))) {
			return FormError.on("moderatorsChat", "groups.error.moderatorsChat.unknown");
		}
		return null;
	}

	static Map<String, String> form(PeerGroup group) {
		return Map.of("name", (group.name() != null) ? group.name() : "", "programme",
				(group.programme() != null) ? group.programme() : "", "language",
				(group.language() != null) ? group.language() : "", "capacity",
				(group.capacity() > 0) ? Integer.toString(group.capacity()) : "", "rules",
				(group.rules() != null) ? group.rules() : "", "moderatorsChat",
				(group.moderatorsChat() != null) ? Long.toString(group.moderatorsChat()) : "");
	}

	private static Map<String, Object> audited(PeerGroup group) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("status", group.status().name());
		values.put("programme", Objects.toString(group.programme(), ""));
		values.put("language", Objects.toString(group.language(), ""));
		values.put("capacity", group.capacity());
		values.put("rulesLength", (group.rules() != null) ? group.rules().length() : 0);
		values.put("moderatorsChat", Objects.toString(group.moderatorsChat(), ""));
		return values;
	}

}
