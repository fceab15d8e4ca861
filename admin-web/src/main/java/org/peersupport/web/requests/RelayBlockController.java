package org.peersupport.web.requests;

import java.util.List;
import java.util.Map;

import org.peersupport.requests.RelayBlock;
import org.peersupport.requests.RelayBlocking;
import org.peersupport.requests.RequestDesk;
import org.peersupport.requests.RequestView;
import org.peersupport.web.audit.AuditLog;
import org.peersupport.web.layout.Confirmation;
import org.peersupport.web.security.PanelUser;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Blocking one side of a request's relay (after a confirm page) and lifting the block,
 * from the request's page; both audited with the request's programme. Only requests of
 * the viewer's programmes; others answer 404.
 */
@Controller
@RequestMapping("/requests/{id}")
class RelayBlockController {

	private final RequestDesk desk;

	private final RelayBlocking blocking;

	private final AuditLog auditLog;

	RelayBlockController(RequestDesk desk, RelayBlocking blocking, AuditLog auditLog) {
		this.desk = desk;
		this.blocking = blocking;
		this.auditLog = auditLog;
	}

	@GetMapping("/block-participant")
	String confirmBlockParticipant(PanelUser viewer, @PathVariable String id, Model model) {
		return confirm(viewer, id, RelayBlock.Side.PARTICIPANT, model);
	}

	@GetMapping("/block-volunteer")
	String confirmBlockVolunteer(PanelUser viewer, @PathVariable String id, Model model) {
		return confirm(viewer, id, RelayBlock.Side.VOLUNTEER, model);
	}

	@PostMapping("/block-participant")
	String blockParticipant(PanelUser viewer, @PathVariable String id, RedirectAttributes redirect) {
		return block(viewer, id, RelayBlock.Side.PARTICIPANT, redirect);
	}

	@PostMapping("/block-volunteer")
	String blockVolunteer(PanelUser viewer, @PathVariable String id, RedirectAttributes redirect) {
		return block(viewer, id, RelayBlock.Side.VOLUNTEER, redirect);
	}

	@PostMapping("/lift-participant")
	String liftParticipant(PanelUser viewer, @PathVariable String id, RedirectAttributes redirect) {
		return lift(viewer, id, RelayBlock.Side.PARTICIPANT, redirect);
	}

	@PostMapping("/lift-volunteer")
	String liftVolunteer(PanelUser viewer, @PathVariable String id, RedirectAttributes redirect) {
		return lift(viewer, id, RelayBlock.Side.VOLUNTEER, redirect);
	}

	private String confirm(PanelUser viewer, String id, RelayBlock.Side side, Model model) {
		RequestView view = visible(viewer, id);
		String action = "/requests/" + id + "/" + path("block", side);
		return new Confirmation("requests.block.title", "requests.block.question." + side.name(),
				List.of(view.number()), action, "requests.block.confirm", "/requests/" + id)
			.show(model);
	}

	private String block(PanelUser viewer, String id, RelayBlock.Side side, RedirectAttributes redirect) {
		RequestView before = visible(viewer, id);
		boolean blocked = this.blocking.block(before.number(), side, viewer.scope().programmesOrAll(), viewer.id());
		if (blocked) {
			this.auditLog.record(viewer, "request.relay-blocked", RequestsController.OBJECT_TYPE, id,
					before.programme(), Map.of("stage", before.stage(), "volunteer", holder(before)),
					Map.of("blocked", side, "volunteer", holder(before)));
		}
		redirect.addFlashAttribute("outcome", blocked ? "requests.blocked" : "requests.not-blocked");
		return "redirect:/requests/" + id;
	}

	private String lift(PanelUser viewer, String id, RelayBlock.Side side, RedirectAttributes redirect) {
		RequestView before = visible(viewer, id);
		RelayBlocking.Block block = this.blocking.blocksOf(before.number(), viewer.scope().programmesOrAll())
			.stream()
			.filter((b) -> b.side() == side)
			.findFirst()
			.orElse(null);
		boolean lifted = block != null && this.blocking.lift(before.number(), side, viewer.scope().programmesOrAll());
		if (lifted) {
			this.auditLog.record(viewer, "request.relay-unblocked", RequestsController.OBJECT_TYPE, id,
					before.programme(),
					Map.of("blocked", side, "volunteer", (block.volunteerId() != null) ? block.volunteerId() : "-"),
					Map.of("blocked", "-"));
		}
		redirect.addFlashAttribute("outcome", lifted ? "requests.unblocked" : "requests.not-unblocked");
		return "redirect:/requests/" + id;
	}

	/** {@code block-participant}, {@code lift-volunteer} …: the action's path. */
	static String path(String action, RelayBlock.Side side) {
		return action + "-" + side.name().toLowerCase(java.util.Locale.ROOT);
	}

	private RequestView visible(PanelUser viewer, String id) {
		return RequestsController.visible(this.desk, viewer, id);
	}

	private static String holder(RequestView view) {
		return (view.volunteerId() != null) ? view.volunteerId() : "-";
	}

}
