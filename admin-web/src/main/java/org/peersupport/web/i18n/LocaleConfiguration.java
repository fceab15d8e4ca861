package org.peersupport.web.i18n;

import java.util.TimeZone;

import org.peersupport.web.PanelProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.i18n.SessionLocaleResolver;

/** Language and time zone are kept in the session, set at login from the account. */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration {

	@Bean
	SessionLocaleResolver localeResolver(PanelProperties properties) {
		SessionLocaleResolver resolver = new SessionLocaleResolver();
		resolver.setDefaultLocale(PanelLanguage.ENGLISH.locale());
		resolver.setDefaultTimeZone(TimeZone.getTimeZone(properties.defaultZone()));
		return resolver;
	}

}
