package org.peersupport.web.scripts;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.peersupport.conversation.DraftResult;
import org.peersupport.conversation.ScriptCatalog;
import org.peersupport.conversation.ScriptStatus;
import org.peersupport.conversation.StoredScript;
import org.peersupport.web.audit.AuditLog;
import org.peersupport.web.layout.Confirmation;
import org.peersupport.web.sandbox.SandboxTrials;
import org.peersupport.web.security.PanelUser;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The scripts pages (admins only: their navigation entry, {@code ScriptsNavigation}, says
 * so): versions, the draft editor, publish and roll back.
 */
@Controller
@RequestMapping("/scripts")
class ScriptsController {

	static final String OBJECT_TYPE = "script";

	static final int MAX_SOURCE_LENGTH = 200_000;

	private static final Pattern SCRIPT_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,60}");

	private final ScriptCatalog catalog;

	private final AuditLog auditLog;

	private final SandboxTrials trials;

	ScriptsController(ScriptCatalog catalog, AuditLog auditLog, SandboxTrials trials) {
		this.catalog = catalog;
		this.auditLog = auditLog;
		this.trials = trials;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("scripts",
				this.catalog.scriptIds()
					.stream()
					.map((id) -> new ScriptListing(id, this.catalog.versions(id)))
					.toList());
		return "scripts/list";
	}

	@GetMapping("/editor")
	String editor(@RequestParam(required = false) String from, @RequestParam(defaultValue = "0") int version,
			Model model) {
		String source = "";
		if (from != null) {
			source = find(checkId(from), version).source();
		}
		model.addAttribute("source", source);
		model.addAttribute("problems", List.of());
		return "scripts/editor";
	}

	@PostMapping("/drafts")
	String saveDraft(PanelUser viewer, @RequestParam String source, Model model, RedirectAttributes redirect) {
		if (source.length() > MAX_SOURCE_LENGTH) {
			throw new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE);
		}
		DraftResult result = this.catalog.saveDraft(source, "panel");
		if (!result.saved()) {
			model.addAttribute("source", source);
			model.addAttribute("problems", result.problems());
			return "scripts/editor";
		}
		this.auditLog.record(viewer, "script.draft-saved", OBJECT_TYPE, result.key(), Map.of(),
				Map.of("status", ScriptStatus.DRAFT));
		redirect.addFlashAttribute("outcome", "scripts.draft-saved");
		return "redirect:/scripts";
	}

	@GetMapping("/{scriptId}/diff")
	String diff(@PathVariable String scriptId, @RequestParam int from, @RequestParam int to, Model model) {
		StoredScript older = find(checkId(scriptId), from);
		StoredScript newer = find(scriptId, to);
		model.addAttribute("from", older);
		model.addAttribute("to", newer);
		model.addAttribute("lines", LineDiff.between(older.source(), newer.source()));
		return "scripts/diff";
	}

	/**
	 * Starts a stored version, unpublished, on a new empty sandbox phone: in the sandbox
	 * engine when a real bot runs, so never in a real person's chat.
	 */
	@PostMapping("/{scriptId}/{version}/try")
	String tryInSandbox(PanelUser viewer, @PathVariable String scriptId, @PathVariable int version,
			RedirectAttributes redirect) {
		StoredScript target = find(checkId(scriptId), version);
		SandboxTrials.Trial trial = this.trials.start(viewer, target, viewer.language().getLanguage());
		this.auditLog.record(viewer, "script.tried", OBJECT_TYPE, scriptId, Map.of(),
				Map.of("version", target.key(), "sandboxPhone", trial.phone()));
		redirect.addFlashAttribute("outcome", "scripts.tried");
		return "redirect:" + trial.pageUrl();
	}

	@GetMapping("/{scriptId}/{version}/publish")
	String confirmPublish(@PathVariable String scriptId, @PathVariable int version, Model model) {
		StoredScript target = find(checkId(scriptId), version);
		return new Confirmation("scripts.publish.title", "scripts.publish.question", List.of(target.key()),
				"/scripts/" + scriptId + "/" + version + "/publish", "scripts.publish.confirm", "/scripts")
			.show(model);
	}

	@PostMapping("/{scriptId}/{version}/publish")
	String publish(PanelUser viewer, @PathVariable String scriptId, @PathVariable int version,
			RedirectAttributes redirect) {
		StoredScript target = find(checkId(scriptId), version);
		String before = publishedKey(scriptId);
		if (this.catalog.publish(scriptId, version)) {
			this.auditLog.record(viewer, "script.published", OBJECT_TYPE, scriptId, Map.of("published", before),
					Map.of("published", target.key()));
			redirect.addFlashAttribute("outcome", "scripts.published");
		}
		return "redirect:/scripts";
	}

	@GetMapping("/{scriptId}/rollback")
	String confirmRollback(@PathVariable String scriptId, Model model) {
		checkId(scriptId);
		return new Confirmation("scripts.rollback.title", "scripts.rollback.question", List.of(scriptId),
				"/scripts/" + scriptId + "/rollback", "scripts.rollback.confirm", "/scripts")
			.show(model);
	}

	@PostMapping("/{scriptId}/rollback")
	String rollback(PanelUser viewer, @PathVariable String scriptId, RedirectAttributes redirect) {
		checkId(scriptId);
		String before = publishedKey(scriptId);
		Optional<Integer> restored = this.catalog.rollback(scriptId);
		if (restored.isPresent()) {
			this.auditLog.record(viewer, "script.rolled-back", OBJECT_TYPE, scriptId, Map.of("published", before),
					Map.of("published", scriptId + "@" + restored.get()));
			redirect.addFlashAttribute("outcome", "scripts.rolled-back");
		}
		else {
			redirect.addFlashAttribute("outcome", "scripts.nothing-to-roll-back");
		}
		return "redirect:/scripts";
	}

	private String publishedKey(String scriptId) {
		return this.catalog.versions(scriptId)
			.stream()
			.filter((version) -> version.status() == ScriptStatus.PUBLISHED)
			.map(StoredScript::key)
			.findFirst()
			.orElse("none");
	}

	private StoredScript find(String scriptId, int version) {
		return this.catalog.stored(scriptId, version)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static String checkId(String scriptId) {
		if (!SCRIPT_ID.matcher(scriptId).matches()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return scriptId;
	}

	/**
	 * One script with its stored versions, newest first.
	 *
	 * @param scriptId the script's id
	 * @param versions its versions
	 */
	record ScriptListing(String scriptId, List<StoredScript> versions) {

		/** Whether a retired version exists to roll back to. */
		public boolean canRollBack() {
			return this.versions.stream().anyMatch((version) -> version.status() == ScriptStatus.RETIRED);
		}

	}

}
