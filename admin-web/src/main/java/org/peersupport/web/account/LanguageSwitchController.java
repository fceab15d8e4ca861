package org.peersupport.web.account;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.peersupport.web.i18n.PanelLanguage;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language switch on every page (a POST form with CSRF). Signed-out visitors may use
 * it on the login page; for a signed-in person the choice is stored on the account.
 */
@Controller
class LanguageSwitchController {

	private final LocaleResolver localeResolver;

	private final AccountPreferences preferences;

	LanguageSwitchController(LocaleResolver localeResolver, AccountPreferences preferences) {
		this.localeResolver = localeResolver;
		this.preferences = preferences;
	}

	@PostMapping("/language")
	String switchLanguage(@RequestParam("lang") String tag,
			@RequestParam(name = "back", defaultValue = "/") String back, HttpServletRequest request,
			HttpServletResponse response) {
		PanelLanguage language = PanelLanguage.fromTag(tag).orElse(PanelLanguage.ENGLISH);
		Locale locale = language.locale();
		this.localeResolver.setLocale(request, response, locale);
		this.preferences.rememberLanguageOfCurrentUser(locale);
		return "redirect:" + safeLocalPath(back);
	}

	/** Only a path on this site, so the switch cannot be used as an open redirect. */
	static String safeLocalPath(String back) {
		boolean local = back.startsWith("/") && !back.startsWith("//") && !back.contains("\\")
				&& back.chars().noneMatch(Character::isISOControl);
		return local ? back : "/";
	}

}
