package org.peersupport.web.participants;

import jakarta.servlet.http.HttpServletRequest;

import org.peersupport.participants.ParticipantSearch;
import org.peersupport.participants.ParticipantStanding;
import org.peersupport.web.layout.PageView;
import org.peersupport.web.security.PanelUser;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The participants list: pseudonym, programme, where each stands and since when they
 * wait, filtered by status and programme, within the viewer's programme scope. No
 * Telegram identity: neither chat id nor Telegram name reaches the page.
 */
@Controller
@RequestMapping("/participants")
class ParticipantsController {

	private static final int PAGE_SIZE = 25;

	private final ScopedParticipants participants;

	ParticipantsController(ScopedParticipants participants) {
		this.participants = participants;
	}

	@GetMapping
	String list(PanelUser viewer, @ModelAttribute("filter") ParticipantSearch filter,
			@RequestParam(defaultValue = "0") int page, HttpServletRequest request, Model model) {
		var found = this.participants.search(viewer, filter, PageView.request(page, PAGE_SIZE))
			.map((summary) -> ParticipantRow.of(summary, this.participants.programmeName(viewer, summary.programme())));
		model.addAttribute("participants", PageView.of(found, request));
		model.addAttribute("standings", ParticipantStanding.values());
		model.addAttribute("programmes", this.participants.programmesOf(viewer));
		model.addAttribute("language", viewer.language().getLanguage());
		return "participants/list";
	}

}
