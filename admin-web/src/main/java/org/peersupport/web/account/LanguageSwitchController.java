package org.peersupport.web.account;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.peersupport.web.i18n.PanelLanguage;
import org.peersupport.web.layout.BadRequestException;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.view.RedirectView;

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
	RedirectView switchLanguage(@RequestParam("lang") String tag,
			@RequestParam(name = "back", defaultValue = "/") String back, HttpServletRequest request,
			HttpServletResponse response) {
		String target = safeLocalPath(back);
		PanelLanguage language = PanelLanguage.fromTag(tag).orElse(PanelLanguage.ENGLISH);
		Locale locale = language.locale();
		this.localeResolver.setLocale(request, response, locale);
		this.preferences.rememberLanguageOfCurrentUser(locale);
		// The address is the visitor's text: a redirect must not read it as a URI
		// template.
		RedirectView redirect = new RedirectView(target, true);
		redirect.setExpandUriTemplateVariables(false);
		return redirect;
	}

	/**
	 * Only a path on this site, so the switch cannot be used as an open redirect.
	 * @throws BadRequestException if the path is no URI (the page's own form always sends
	 * an encoded one)
	 */
	static String safeLocalPath(String back) {
		boolean local = back.startsWith("/") && !back.startsWith("//") && !back.contains("\\")
				&& back.chars().noneMatch(Character::isISOControl);
		if (!local) {
			return "/";
		}
		try {
			new URI(back);
		}
		catch (URISyntaxException ex) {
			throw new BadRequestException("The return address is no URI");
		}
		return back;
	}

}
