package org.peersupport.web.sandbox;

import org.springframework.boot.autoconfigure.EnableAutoConfiguration;

/**
 * The sandbox engine's application: bot-core's whole bot from its auto-configuration
 * alone (no component scan, so nothing of the panel), auto-configured like the service
 * but without Spring Security and Thymeleaf, which belong to the panel.
 *
 * <p>
 * Deliberately not a {@code @Configuration}: the panel's component scan must not pick it
 * up (its auto-configuration exclusions would switch off the panel's security). The
 * engine registers it by hand.
 */
@EnableAutoConfiguration(excludeName = { "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.ReactiveUserDetailsServiceAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration",
		"org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
		"org.springframework.boot.thymeleaf.autoconfigure.ThymeleafAutoConfiguration" })
class EngineApplication {

}
