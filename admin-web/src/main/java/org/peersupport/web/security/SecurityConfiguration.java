package org.peersupport.web.security;

import java.util.List;

import org.peersupport.web.PanelProperties;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;

import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.LocaleContextResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The panel's security: form login against staff accounts with BCrypt, each page's path
 * for the roles its navigation entry names, CSRF on every form, strict headers, a lockout
 * before every password check; Actuator health is open, metrics need an admin.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration implements WebMvcConfigurer {

	@Bean
	PasswordEncoder passwordEncoder() {
		return new BCryptPasswordEncoder();
	}

	@Bean
	LockoutAuthenticationProvider lockoutAuthenticationProvider(UserDetailsService users,
			PasswordEncoder passwordEncoder, LoginLockout lockout) {
		return new LockoutAuthenticationProvider(users, passwordEncoder, lockout);
	}

	@Bean
	JobDetail loginLockPurgeJob() {
		return JobBuilder.newJob(LoginLockPurgeJob.class).withIdentity("login-lock-purge").storeDurably().build();
	}

	@Bean
	Trigger loginLockPurgeTrigger(JobDetail loginLockPurgeJob) {
		return TriggerBuilder.newTrigger()
			.forJob(loginLockPurgeJob)
			.withIdentity("login-lock-purge")
			.withSchedule(SimpleScheduleBuilder.repeatHourlyForever())
			.build();
	}

	@Bean
	@Order(1)
	SecurityFilterChain actuatorSecurity(HttpSecurity http) throws Exception {
		http.securityMatcher(EndpointRequest.toAnyEndpoint())
			.authorizeHttpRequests((requests) -> requests.requestMatchers(EndpointRequest.to("health"))
				.permitAll()
				.anyRequest()
				.hasRole(PanelRole.ADMIN.name()))
			.httpBasic(Customizer.withDefaults())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		return http.build();
	}

	@Bean
	@Order(2)
	SecurityFilterChain panelSecurity(HttpSecurity http, StaffAccountRepository accounts,
			LocaleContextResolver localeResolver, PanelProperties properties, List<PanelPage> pages) throws Exception {
		http.authorizeHttpRequests((requests) -> {
			requests.requestMatchers(array(PanelSecurity.PUBLIC_PATHS)).permitAll();
			for (PanelPage page : PanelSecurity.mostSpecificFirst(pages)) {
				requests.requestMatchers(array(page.pathPatterns())).hasAnyRole(PanelSecurity.rolesFor(page));
			}
			requests.anyRequest().authenticated();
		})
			.formLogin((login) -> login.loginPage("/login")
				.successHandler(new LoginSuccessHandler(accounts, localeResolver, properties))
				.failureHandler(new LoginFailureHandler()))
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives(PanelSecurity.CONTENT_SECURITY_POLICY))
				.frameOptions((frame) -> frame.deny())
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
			.addFilterBefore(new ActiveAccountFilter(accounts), AuthorizationFilter.class);
		return http.build();
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new PanelUserArgumentResolver());
	}

	private static String[] array(List<String> paths) {
		return paths.toArray(String[]::new);
	}

}
