package org.peersupport.web.groups;

import java.util.LinkedHashMap;
import java.util.Map;

import org.peersupport.groups.GroupStatus;
import org.peersupport.groups.HeldJoinRequests;
import org.peersupport.groups.PeerGroup;
import org.peersupport.groups.PeerGroups;
import org.peersupport.participants.PersonRefs;
import org.peersupport.web.layout.FormError;
import org.peersupport.web.audit.AuditLog;
import org.peersupport.web.security.PanelUser;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What a moderator changes about a group's moderation on its page: the rules for posts
 * and whether strangers' join requests are held (refused field by field with the reason,
 * nothing saved on any error), and the decision on a held join request. Every change is
 * audited; a group out of the viewer's scope answers 404.
 */
@Controller
@RequestMapping("/groups/{id}")
class GroupModerationController {

	private final GroupPage page;

	private final PeerGroups groups;

	private final HeldJoinRequests held;

	private final AuditLog auditLog;

	private final PersonRefs refs;

	GroupModerationController(GroupPage page, PeerGroups groups, HeldJoinRequests held, AuditLog auditLog,
			PersonRefs refs) {
		this.page = page;
		this.groups = groups;
		this.held = held;
		this.auditLog = auditLog;
		this.refs = refs;
	}

	@PostMapping("/moderation")
	String saveRules(PanelUser viewer, @PathVariable String id, @RequestParam Map<String, String> params, Model model,
			RedirectAttributes redirect) {
		PeerGroup before = this.page.visible(viewer, id);
		ModerationForm form = ModerationForm.posted(params);
		if (before.status() == GroupStatus.INACTIVE || !form.valid()) {
			FormError error = (before.status() == GroupStatus.INACTIVE)
					? FormError.onForm("groups.moderation.error.inactive") : null;
			return this.page.show(viewer, before, GroupsController.form(before), error, form, model);
		}
		this.groups.setModeration(before.chatId(), form.rules());
		PeerGroup after = this.groups.setHoldJoinRequests(before.chatId(), form.flag("holdJoinRequests"))
			.orElse(before);
		this.auditLog.record(viewer, "group.moderation-changed", GroupsController.OBJECT_TYPE, id, after.programme(),
				ModerationForm.audited(before), ModerationForm.audited(after));
		redirect.addFlashAttribute("outcome", "groups.moderation.saved");
		return "redirect:/groups/" + id;
	}

	@PostMapping("/join-requests/approve")
	String approve(PanelUser viewer, @PathVariable String id, @RequestParam(defaultValue = "") String user,
			RedirectAttributes redirect) {
		return decide(viewer, id, user, true, redirect);
	}

	@PostMapping("/join-requests/decline")
	String decline(PanelUser viewer, @PathVariable String id, @RequestParam(defaultValue = "") String user,
			RedirectAttributes redirect) {
		return decide(viewer, id, user, false, redirect);
	}

	private String decide(PanelUser viewer, String id, String user, boolean approve, RedirectAttributes redirect) {
		PeerGroup group = this.page.visible(viewer, id);
		boolean decided = false;
		if (user.matches("\\d{1,18}")) {
			long userId = Long.parseLong(user);
			decided = approve ? this.held.approve(group.chatId(), userId) : this.held.decline(group.chatId(), userId);
			if (decided) {
				Map<String, Object> after = new LinkedHashMap<>();
				after.put("person", this.refs.of(userId));
				this.auditLog.record(viewer, approve ? "group.join-approved" : "group.join-declined",
						GroupsController.OBJECT_TYPE, id, group.programme(), Map.of(), after);
			}
		}
		redirect.addFlashAttribute("outcome",
				decided ? (approve ? "groups.held.approved" : "groups.held.declined") : "groups.held.gone");
		return "redirect:/groups/" + id;
	}

}
