package org.peersupport.web.programmes;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.peersupport.safety.CrisisKind;
import org.peersupport.safety.CrisisWordLists;
import org.peersupport.web.audit.AuditLog;
import org.peersupport.web.security.PanelUser;

import org.springframework.context.MessageSource;
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
 * The Crisis words page, for admins: each locale's crisis phrase lists (every locale's
 * are checked whatever a person's language), one phrase a line per kind, each checked
 * with the phrases' syntax before anything is saved; "restore defaults" goes back to
 * configuration's or the built-in lists. Audited with counts and the phrases added and
 * removed.
 */
@Controller
@RequestMapping("/crisis-words")
class CrisisWordsController {

	static final String OBJECT_TYPE = "crisis-words";

	private final CrisisWordLists lists;

	private final AuditLog auditLog;

	private final MessageSource messages;

	CrisisWordsController(CrisisWordLists lists, AuditLog auditLog, MessageSource messages) {
		this.lists = lists;
		this.auditLog = auditLog;
		this.messages = messages;
	}

	@GetMapping
	String list(Model model) {
		Map<String, Boolean> edited = new LinkedHashMap<>();
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (String locale : CrisisWordLists.LOCALES) {
			edited.put(locale, this.lists.edited(locale));
			counts.put(locale, this.lists.listsOf(locale).values().stream().mapToInt(List::size).sum());
		}
		model.addAttribute("locales", CrisisWordLists.LOCALES);
		model.addAttribute("edited", edited);
		model.addAttribute("counts", counts);
		return "programmes/crisis-words";
	}

	@GetMapping("/{locale}")
	String locale(@PathVariable String locale, Model model) {
		known(locale);
		Map<String, String> texts = new LinkedHashMap<>();
		this.lists.listsOf(locale).forEach((kind, phrases) -> texts.put(kind.key(), String.join("\n", phrases)));
		return page(locale, texts, Map.of(), model);
	}

	@PostMapping("/{locale}")
	String save(PanelUser viewer, @PathVariable String locale, @RequestParam Map<String, String> params, Model model,
			Locale panelLocale, RedirectAttributes redirect) {
		known(locale);
		Map<String, String> texts = new LinkedHashMap<>();
		Map<CrisisKind, List<String>> lists = new EnumMap<>(CrisisKind.class);
		Map<String, String> errors = new LinkedHashMap<>();
		int count = 0;
		for (CrisisKind kind : CrisisKind.values()) {
			String text = params.getOrDefault(kind.key(), "");
			texts.put(kind.key(), text);
			List<String> phrases = new ArrayList<>();
			List<String> problems = new ArrayList<>();
			String[] lines = text.split("\\R");
			for (int line = 0; line < lines.length; line++) {
				String phrase = lines[line].trim();
				if (phrase.isEmpty()) {
					continue;
				}
				Optional<CrisisWordLists.PhraseProblem> problem = CrisisWordLists.problemWith(phrase);
				if (problem.isPresent()) {
					problems.add(this.messages.getMessage("crisis-words.error." + problem.get().key(),
							new Object[] { line + 1 }, panelLocale));
				}
				phrases.add(phrase);
			}
			if (phrases.size() > CrisisWordLists.MOST_PHRASES) {
				problems.add(this.messages.getMessage("crisis-words.error.too-many",
						new Object[] { CrisisWordLists.MOST_PHRASES }, panelLocale));
			}
			if (!problems.isEmpty()) {
				errors.put(kind.key(), String.join(" ", problems));
			}
			count += phrases.size();
			lists.put(kind, List.copyOf(phrases));
		}
		if (errors.isEmpty() && count == 0) {
			errors.put(CrisisKind.SELF_HARM.key(),
					this.messages.getMessage("crisis-words.error.none", null, panelLocale));
		}
		if (!errors.isEmpty()) {
			return page(locale, texts, errors, model);
		}
		Map<CrisisKind, List<String>> before = this.lists.listsOf(locale);
		this.lists.save(locale, lists, viewer.username());
		this.auditLog.record(viewer, "crisis-words.saved", OBJECT_TYPE, locale, audited(before, lists),
				audited(lists, before));
		redirect.addFlashAttribute("outcome", "crisis-words.saved");
		return "redirect:/crisis-words/" + locale;
	}

	@PostMapping("/{locale}/restore")
	String restore(PanelUser viewer, @PathVariable String locale, RedirectAttributes redirect) {
		known(locale);
		if (this.lists.edited(locale)) {
			Map<CrisisKind, List<String>> before = this.lists.listsOf(locale);
			this.lists.restoreDefaults(locale);
			Map<CrisisKind, List<String>> after = this.lists.listsOf(locale);
			this.auditLog.record(viewer, "crisis-words.restored", OBJECT_TYPE, locale, audited(before, after),
					audited(after, before));
		}
		redirect.addFlashAttribute("outcome", "crisis-words.restored");
		return "redirect:/crisis-words/" + locale;
	}

	private String page(String locale, Map<String, String> texts, Map<String, String> errors, Model model) {
		model.addAttribute("locale", locale);
		model.addAttribute("kinds", List.of(CrisisKind.values()).stream().map(CrisisKind::key).toList());
		model.addAttribute("texts", texts);
		model.addAttribute("errors", errors);
		model.addAttribute("edited", this.lists.edited(locale));
		return "programmes/crisis-locale";
	}

	/** Per kind: how many phrases, and those not in {@code other}. */
	private static Map<String, Object> audited(Map<CrisisKind, List<String>> lists,
			Map<CrisisKind, List<String>> other) {
		Map<String, Object> values = new LinkedHashMap<>();
		for (CrisisKind kind : CrisisKind.values()) {
			List<String> phrases = lists.getOrDefault(kind, List.of());
			List<String> own = phrases.stream()
				.filter((phrase) -> !other.getOrDefault(kind, List.of()).contains(phrase))
				.toList();
			values.put(kind.key(), phrases.size() + (own.isEmpty() ? "" : " " + own));
		}
		return values;
	}

	private static void known(String locale) {
		if (!CrisisWordLists.LOCALES.contains(locale)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

}
