package org.peersupport.web.volunteers;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.peersupport.participants.Volunteer;
import org.peersupport.volunteers.VolunteerService;
import org.peersupport.web.audit.AuditLog;
import org.peersupport.web.layout.Confirmation;
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
 * What moderators do with an approved volunteer: edit skills and limits, pause, resume,
 * deactivate (after a confirm page). Every change is audited with before and after and
 * the volunteer's programme; a volunteer outside the viewer's scope answers 404.
 */
@Controller
@RequestMapping("/volunteers/{id}")
class VolunteerStatusController {

	private final VolunteerService volunteers;

	private final ScopedVolunteers scoped;

	private final AuditLog auditLog;

	VolunteerStatusController(VolunteerService volunteers, ScopedVolunteers scoped, AuditLog auditLog) {
		this.volunteers = volunteers;
		this.scoped = scoped;
		this.auditLog = auditLog;
	}

	@PostMapping("/profile")
	String updateProfile(PanelUser viewer, @PathVariable String id,
			@RequestParam(defaultValue = "") List<String> skills,
			@RequestParam(defaultValue = "") List<String> languages, @RequestParam(defaultValue = "") String region,
			@RequestParam(defaultValue = "") String maxOpenRequests, @RequestParam(defaultValue = "") List<String> days,
			@RequestParam(defaultValue = "") List<String> hours, @RequestParam(defaultValue = "") String quietFrom,
			@RequestParam(defaultValue = "") String quietTo, RedirectAttributes redirect) {
		VolunteerProfileForm form = new VolunteerProfileForm(skills, languages, region, maxOpenRequests, days, hours,
				quietFrom, quietTo);
		Volunteer before = this.scoped.find(viewer, id);
		String availabilityError = form.invalidAvailabilityField();
		if (availabilityError != null) {
			FormError.on(availabilityError, "volunteers.error.availability").showAfterRedirect(redirect);
			redirect.addFlashAttribute("profile", form);
			return "redirect:/volunteers/" + id;
		}
		try {
			Volunteer after = this.volunteers.updateProfile(id, form.skills(), form.languages(), form.region(),
					form.maxOpenRequestsValue(), form.days(), form.hours(), form.quietFromValue(), form.quietToValue());
			this.auditLog.record(viewer, "volunteer.profile-updated", VolunteersController.OBJECT_TYPE, id,
					before.programme(), VolunteerProfileForm.of(before).toAudit(),
					VolunteerProfileForm.of(after).toAudit());
			redirect.addFlashAttribute("outcome", "volunteers.profile.saved");
		}
		catch (IllegalStateException ex) {
			redirect.addFlashAttribute("refusedStatus", this.scoped.find(viewer, id).status().name());
		}
		catch (IllegalArgumentException ex) {
			FormError
				.on(form.invalidField(this.volunteers.skills().keys()), "volunteers.error.profile",
						String.valueOf(VolunteerService.MAX_OPEN_REQUESTS))
				.showAfterRedirect(redirect);
			redirect.addFlashAttribute("profile", form);
		}
		return "redirect:/volunteers/" + id;
	}

	@PostMapping("/pause")
	String pause(PanelUser viewer, @PathVariable String id, RedirectAttributes redirect) {
		return change(viewer, id, "volunteer.paused", "volunteers.paused", this.volunteers::pause, redirect);
	}

	@PostMapping("/resume")
	String resume(PanelUser viewer, @PathVariable String id, RedirectAttributes redirect) {
		return change(viewer, id, "volunteer.resumed", "volunteers.resumed", this.volunteers::resume, redirect);
	}

	@GetMapping("/deactivate")
	String confirmDeactivate(PanelUser viewer, @PathVariable String id, Model model) {
		this.scoped.find(viewer, id);
		return new Confirmation("volunteers.deactivate.title", "volunteers.deactivate.question", List.of(id),
				"/volunteers/" + id + "/deactivate", "volunteers.deactivate.confirm", "/volunteers/" + id)
			.show(model);
	}

	@PostMapping("/deactivate")
	String deactivate(PanelUser viewer, @PathVariable String id, RedirectAttributes redirect) {
		return change(viewer, id, "volunteer.deactivated", "volunteers.deactivated", this.volunteers::deactivate,
				redirect);
	}

	private String change(PanelUser viewer, String id, String action, String outcome,
			Function<String, Volunteer> transition, RedirectAttributes redirect) {
		Volunteer before = this.scoped.find(viewer, id);
		try {
			Volunteer after = transition.apply(id);
			this.auditLog.record(viewer, action, VolunteersController.OBJECT_TYPE, id, before.programme(),
					Map.of("status", before.status()), Map.of("status", after.status()));
			redirect.addFlashAttribute("outcome", outcome);
		}
		catch (IllegalStateException ex) {
			redirect.addFlashAttribute("refusedStatus", this.scoped.find(viewer, id).status().name());
		}
		return "redirect:/volunteers/" + id;
	}

}
