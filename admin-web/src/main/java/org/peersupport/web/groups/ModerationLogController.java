package org.peersupport.web.groups;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.peersupport.groups.ModerationFilter;
import org.peersupport.groups.ModerationHistory;
import org.peersupport.groups.PeerGroup;
import org.peersupport.groups.PeerGroups;
import org.peersupport.participants.PersonRefs;
import org.peersupport.web.layout.FormError;
import org.peersupport.web.security.PanelUser;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The groups' moderation log: what the bot and the moderators did in the viewer's groups,
 * newest first, filtered by group, action, who acted (the bot or a moderator) and days in
 * the viewer's time zone. It shows ids, references and the system's words only: the log
 * keeps nothing anyone wrote.
 */
@Controller
class ModerationLogController {

	/** The most actions one page shows. */
	static final int MOST = 200;

	private final PeerGroups groups;

	private final ModerationHistory history;

	private final PersonRefs refs;

	ModerationLogController(PeerGroups groups, ModerationHistory history, PersonRefs refs) {
		this.groups = groups;
		this.history = history;
		this.refs = refs;
	}

	/**
	 * The filters; blank ones do not filter.
	 *
	 * @param group a group's chat id
	 * @param action an action ({@code WARN} …)
	 * @param who {@code bot} or {@code moderators}
	 * @param from first day shown
	 * @param to last day shown
	 */
	record LogSearch(String group, String action, String who,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

	}

	@GetMapping("/groups/moderation-log")
	String log(@ModelAttribute("search") LogSearch search, PanelUser viewer, Model model) {
		Map<Long, PeerGroup> visible = this.groups.list(viewer.scope().programmesOrAll())
			.stream()
			.collect(Collectors.toMap(PeerGroup::chatId, Function.identity(), (a, b) -> a,
					java.util.LinkedHashMap::new));
		FormError error = error(search, visible);
		List<Long> shown = (error == null && StringUtils.hasText(search.group()))
				? List.of(Long.parseLong(search.group().strip())) : List.copyOf(visible.keySet());
		ZoneId zone = viewer.zone();
		String action = this.history.actions().contains(search.action()) ? search.action() : null;
		Boolean byBot = "bot".equals(search.who()) ? Boolean.TRUE
				: "moderators".equals(search.who()) ? Boolean.FALSE : null;
		List<ModerationRow> rows = (error != null) ? List.of()
				: ModerationRow.of(this.history.find(new ModerationFilter(shown, action, byBot,
						(search.from() != null) ? search.from().atStartOfDay(zone).toInstant() : null,
						(search.to() != null) ? search.to().plusDays(1).atStartOfDay(zone).toInstant() : null, MOST)),
						visible, this.refs);
		model.addAttribute("rows", rows);
		model.addAttribute("groupChoices", visible.values());
		model.addAttribute("actionChoices", this.history.actions());
		if (error != null) {
			error.show(model);
		}
		model.addAttribute("most", MOST);
		return "groups/moderation-log";
	}

	private static FormError error(LogSearch search, Map<Long, PeerGroup> visible) {
		if (StringUtils.hasText(search.group()) && (!search.group().strip().matches("-?\\d{1,18}")
				|| !visible.containsKey(Long.parseLong(search.group().strip())))) {
			return FormError.on("group", "groups.log.error.group");
		}
		if (search.from() != null && search.to() != null && search.from().isAfter(search.to())) {
			return new FormError(List.of("from", "to"), "groups.log.error.dates", List.of());
		}
		return null;
	}

}
