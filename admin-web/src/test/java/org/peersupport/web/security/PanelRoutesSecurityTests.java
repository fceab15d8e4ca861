package org.peersupport.web.security;

import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.ArgumentsProvider;
import org.junit.jupiter.params.provider.ArgumentsSource;
import org.junit.jupiter.params.support.ParameterDeclarations;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Walks every route the application maps and checks the panel's access rules on each:
 * signed-out visitors are sent to the login, every POST needs a CSRF token, moderators
 * get 403 on the routes of pages whose navigation entry requires an admin. A new route
 * that breaks a rule fails here.
 */
@SpringBootTest(properties = { "peer.admin.username=root-admin", "peer.admin.password=correct-horse-1" })
@AutoConfigureMockMvc
class PanelRoutesSecurityTests {

	/**
	 * Routes a signed-out visitor may use. Reviewed: the login form, first-admin setup
	 * (the controller answers 404 once an admin exists), the language switch on the login
	 * page, and the error page.
	 */
	static final Set<String> OPEN_TO_ANONYMOUS = Set.of("GET /login", "GET /setup", "POST /setup", "POST /language",
			"GET /error", "POST /error");

	/** Routes that accept a POST without a CSRF token. Reviewed: none. */
	static final Set<String> WITHOUT_CSRF = Set.of();

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@ParameterizedTest(name = "{0}")
	@ArgumentsSource(MappedRoutes.class)
	void everyRouteFollowsTheAccessRules(Route route) throws Exception {
		if (!OPEN_TO_ANONYMOUS.contains(route.key())) {
			int status = status(route.request().with(csrf()));
			assertThat(status).as("anonymous %s", route).isEqualTo(302);
			assertThat(redirect(route.request().with(csrf()))).as("anonymous %s", route).endsWith("/login");
		}
		if (route.method() == HttpMethod.POST && !WITHOUT_CSRF.contains(route.key())) {
			assertThat(status(route.request().with(user("root-admin").roles("ADMIN")))).as("%s without CSRF", route)
				.isEqualTo(403);
		}
		if (route.isAdminOnly()) {
			assertThat(status(route.request().with(csrf()).with(user("mod").roles("MODERATOR"))))
				.as("moderator on %s", route)
				.isEqualTo(403);
		}
	}

	/**
	 * A route's access rule comes from its page's navigation entry; a route outside every
	 * page would get only "signed in", whatever its feature meant.
	 */
	@Test
	void everyRouteButTheOpenOnesBelongsToAPageWhoseEntrySaysWhoMayUseIt() {
		assertThat(MappedRoutes.routes(this.context))
			.filteredOn((route) -> route.page() == null && !OPEN_TO_ANONYMOUS.contains(route.key()))
			.as("routes outside every PanelPage's path")
			.isEmpty();
		assertThat(MappedRoutes.routes(this.context)).filteredOn(Route::isAdminOnly)
			.extracting(Route::pattern)
			.contains("/staff", "/staff/{id}/programmes", "/scripts", "/scripts/{scriptId}/diff");
	}

	@Test
	void setupIsGoneOnceAnAdminExists() throws Exception {
		assertThat(status(get("/setup"))).isEqualTo(404);
	}

	@Test
	void pagesSendStrictSecurityHeaders() throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/login")).andReturn().getResponse();

		assertThat(response.getHeader("Content-Security-Policy")).contains("default-src 'self'")
			.contains("frame-ancestors 'none'")
			.doesNotContain("unsafe-inline");
		assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
		assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
	}

	@Test
	void healthIsOpen() throws Exception {
		assertThat(status(get("/actuator/health"))).isEqualTo(200);
	}

	@Test
	void prometheusNeedsAdminCredentials() throws Exception {
		assertThat(status(get("/actuator/prometheus"))).isEqualTo(401);
		assertThat(status(
				get("/actuator/prometheus").header(HttpHeaders.AUTHORIZATION, basic("root-admin", "wrong-password-1"))))
			.isEqualTo(401);
		assertThat(status(
				get("/actuator/prometheus").header(HttpHeaders.AUTHORIZATION, basic("root-admin", "correct-horse-1"))))
			.isEqualTo(200);
	}

	@Test
	void prometheusShowsTheUpdatePathMetrics() throws Exception {
		String scrape = this.mvc
			.perform(get("/actuator/prometheus").header(HttpHeaders.AUTHORIZATION,
					basic("root-admin", "correct-horse-1")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(scrape).contains("peer_updates_handled_total{", "peer_updates_handling_seconds", "peer_outbox_depth",
				"peer_outbox_dead_letters_total");
	}

	private int status(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse().getStatus();
	}

	private String redirect(MockHttpServletRequestBuilder request) throws Exception {
		String location = this.mvc.perform(request).andReturn().getResponse().getRedirectedUrl();
		return (location != null) ? location : "";
	}

	private static String basic(String username, String password) {
		return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes());
	}

	/**
	 * One method and path the application maps.
	 *
	 * @param page the role its page's navigation entry requires, or null when no page
	 * includes it
	 */
	record Route(HttpMethod method, String pattern, PanelRole page) {

		String key() {
			return this.method.name() + " " + this.pattern;
		}

		MockHttpServletRequestBuilder request() {
			return request(this.method, this.pattern.replaceAll("\\{[^}]+}", "some-id"));
		}

		private static MockHttpServletRequestBuilder request(HttpMethod method, String path) {
			return org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request(method, path);
		}

		boolean isAdminOnly() {
			return this.page == PanelRole.ADMIN;
		}

		@Override
		public String toString() {
			return key();
		}

	}

	static final class MappedRoutes implements ArgumentsProvider {

		@Override
		public Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters,
				ExtensionContext context) {
			List<Route> routes = routes(SpringExtension.getApplicationContext(context));
			assertThat(routes).as("mapped routes").hasSizeGreaterThan(10);
			return routes.stream().map(Arguments::of);
		}

		/**
		 * Every method and path the application maps, sorted, each with the role its
		 * page's navigation entry requires.
		 */
		static List<Route> routes(ApplicationContext context) {
			// as SecurityConfiguration: every PanelPage (a menu entry, or a page reached
			// from
			// another, such as the crisis words)
			Collection<PanelPage> pages = context.getBeansOfType(PanelPage.class).values();
			RequestMappingHandlerMapping mapping = context.getBean("requestMappingHandlerMapping",
					RequestMappingHandlerMapping.class);
			return mapping.getHandlerMethods()
				.keySet()
				.stream()
				.flatMap((info) -> info.getPatternValues().stream().flatMap((pattern) -> {
					Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
					Stream<RequestMethod> each = methods.isEmpty() ? Stream.of(RequestMethod.GET, RequestMethod.POST)
							: methods.stream();
					PanelPage page = PanelSecurity.pageOf(pattern, pages);
					return each.map((method) -> new Route(method.asHttpMethod(), pattern,
							(page != null) ? page.requiredRole() : null));
				}))
				.distinct()
				.sorted(java.util.Comparator.comparing(Route::key))
				.toList();
		}

	}

}
