package org.peersupport.web.scripts;

import java.io.Serializable;
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

	/** The flash attribute the scripts page shows after an action. */
	static final String NOTICE = "notice";

	/** Unchanged lines shown around each change in a diff. */
	static final int DIFF_CONTEXT = 3;

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
		model.addAttribute("scripts", this.catalog.scriptIds().stream().map(this::listing).toList());
		return "scripts/list";
	}

	private ScriptListing listing(String scriptId) {
		List<StoredScript> versions = this.catalog.versions(scriptId);
		StoredScript shown = this.catalog.publishedVersion(scriptId).orElse(versions.get(0));
		String description = this.catalog.version(scriptId, shown.version()).description();
		Integer rollbackTo = this.catalog.rollbackTarget(scriptId).map(StoredScript::version).orElse(null);
		return new ScriptListing(scriptId, description, versions, rollbackTo);
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

	/**
	 * Checks and stores a draft. A version already published is stored as the next free
	 * version rather than refused: nobody has to raise it by hand.
	 */
	@PostMapping("/drafts")
	String saveDraft(PanelUser viewer, @RequestParam String source, Model model, RedirectAttributes redirect) {
		if (source.length() > MAX_SOURCE_LENGTH) {
			throw new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE);
		}
		DraftResult result = this.catalog.saveDraftRaisingVersion(source, "panel");
		if (!result.saved()) {
			model.addAttribute("source", source);
			model.addAttribute("problems", ProblemGroup.of(result.problems()));
			return "scripts/editor";
		}
		this.auditLog.record(viewer, "script.draft-saved", OBJECT_TYPE, result.key(), Map.of(),
				Map.of("status", ScriptStatus.DRAFT));
		String scriptId = result.key().substring(0, result.key().lastIndexOf('@'));
		redirect.addFlashAttribute(NOTICE,
				(result.raisedFrom() > 0)
						? new Notice("scripts.draft-saved.raised", scriptId, result.version(), result.raisedFrom())
						: new Notice("scripts.draft-saved", scriptId, result.version()));
		return "redirect:/scripts";
	}

	@GetMapping("/{scriptId}/diff")
	String diff(@PathVariable String scriptId, @RequestParam int from, @RequestParam int to, Model model) {
		StoredScript older = find(checkId(scriptId), from);
		StoredScript newer = find(scriptId, to);
		model.addAttribute("from", older);
		model.addAttribute("to", newer);
		List<LineDiff.DiffLine> lines = LineDiff.between(older.source(), newer.source());
		List<LineDiff.Hunk> hunks = LineDiff.hunks(lines, DIFF_CONTEXT);
		int shown = hunks.stream().mapToInt((hunk) -> hunk.skipped() + hunk.lines().size()).sum();
		model.addAttribute("hunks", hunks);
		model.addAttribute("trailing", lines.size() - shown);
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
		Optional<StoredScript> current = this.catalog.publishedVersion(scriptId)
			.filter((published) -> published.version() != version);
		List<Object> arguments = current
			.<List<Object>>map((published) -> List.of(scriptId, version, published.version()))
			.orElse(List.of(scriptId, version));
		return new Confirmation("scripts.publish.title",
				current.isPresent() ? "scripts.publish.question.replacing" : "scripts.publish.question", arguments,
				"/scripts/" + scriptId + "/" + target.version() + "/publish", "scripts.publish.confirm", "/scripts")
			.show(model);
	}

	@PostMapping("/{scriptId}/{version}/publish")
	String publish(PanelUser viewer, @PathVariable String scriptId, @PathVariable int version,
			RedirectAttributes redirect) {
		StoredScript target = find(checkId(scriptId), version);
		Optional<StoredScript> before = this.catalog.publishedVersion(scriptId);
		if (this.catalog.publish(scriptId, version)) {
			this.auditLog.record(viewer, "script.published", OBJECT_TYPE, scriptId,
					Map.of("published", before.map(StoredScript::key).orElse("none")),
					Map.of("published", target.key()));
			redirect.addFlashAttribute(NOTICE, before.filter((replaced) -> replaced.version() != version)
				.map((replaced) -> new Notice("scripts.published.replacing", scriptId, version, replaced.version()))
				.orElse(new Notice("scripts.published", scriptId, version)));
		}
		return "redirect:/scripts";
	}

	@GetMapping("/{scriptId}/rollback")
	String confirmRollback(@PathVariable String scriptId, Model model, RedirectAttributes redirect) {
		checkId(scriptId);
		Optional<StoredScript> target = this.catalog.rollbackTarget(scriptId);
		Optional<StoredScript> current = this.catalog.publishedVersion(scriptId);
		if (target.isEmpty() || current.isEmpty()) {
			redirect.addFlashAttribute(NOTICE, new Notice("scripts.nothing-to-roll-back", scriptId));
			return "redirect:/scripts";
		}
		return new Confirmation("scripts.rollback.title", "scripts.rollback.question",
				List.of(scriptId, target.get().version(), current.get().version()),
				"/scripts/" + scriptId + "/rollback", "scripts.rollback.confirm", "/scripts")
			.show(model);
	}

	@PostMapping("/{scriptId}/rollback")
	String rollback(PanelUser viewer, @PathVariable String scriptId, RedirectAttributes redirect) {
		checkId(scriptId);
		Optional<StoredScript> before = this.catalog.publishedVersion(scriptId);
		Optional<Integer> restored = this.catalog.rollback(scriptId);
		if (restored.isPresent() && before.isPresent()) {
			this.auditLog.record(viewer, "script.rolled-back", OBJECT_TYPE, scriptId,
					Map.of("published", before.get().key()), Map.of("published", scriptId + "@" + restored.get()));
			redirect.addFlashAttribute(NOTICE,
					new Notice("scripts.rolled-back", scriptId, restored.get(), before.get().version()));
		}
		else {
			redirect.addFlashAttribute(NOTICE, new Notice("scripts.nothing-to-roll-back", scriptId));
		}
		return "redirect:/scripts";
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
	 * @param description what the script is for, from its published (else newest)
	 * version; may be null
	 * @param versions its versions
	 * @param rollbackTo the version a roll-back would publish again, or null if none
	 */
	record ScriptListing(String scriptId, String description, List<StoredScript> versions, Integer rollbackTo) {

		/** Whether an older version exists to roll back to. */
		public boolean canRollBack() {
			return this.rollbackTo != null;
		}

	}

	/**
	 * What the scripts page says after an action, with the versions it names.
	 *
	 * @param key message key
	 * @param arguments the message's arguments
	 */
	record Notice(String key, List<Object> arguments) implements Serializable {

		Notice(String key, Object... arguments) {
			this(key, List.of(arguments));
		}

		/** The arguments as the message source takes them. */
		public Object[] argumentArray() {
			return this.arguments.toArray();
		}

	}

}
