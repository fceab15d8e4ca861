package org.peersupport.web.security;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.peersupport.web.layout.Navigation;
import org.peersupport.web.layout.NavigationEntry;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Controller;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A page's menu entry and its access rule are one declaration: the
 * {@link NavigationEntry}. Each entry opens for exactly the roles whose menu shows it,
 * and a page a feature declares admin-only in its entry alone (here a test page) is
 * closed to moderators, at its path and below.
 */
@SpringBootTest(properties = { "peer.admin.username=root-admin", "peer.admin.password=correct-horse-1" })
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Import(PanelPagesSecurityTests.AdminOnlyTestPage.class)
class PanelPagesSecurityTests {

	static final String TEST_PAGE = "/admin-only-test-page";

	@Autowired
	MockMvc mvc;

	@Autowired
	Navigation navigation;

	@Autowired
	StaffAccounts staff;

	@Autowired
	StaffAccountRepository accounts;

	@Autowired
	UserDetailsService users;

	Map<PanelRole, UserDetails> signedIn;

	@BeforeAll
	void staffOfEachRole() {
		this.staff.create("pages-moderator", "correct-horse-3", PanelRole.MODERATOR, Locale.ENGLISH);
		this.signedIn = Map.of(PanelRole.ADMIN, this.users.loadUserByUsername("root-admin"), PanelRole.MODERATOR,
				this.users.loadUserByUsername("pages-moderator"));
	}

	@Test
	void eachMenuEntryOpensForExactlyTheRolesWhoseMenuShowsIt() throws Exception {
		assertThat(this.navigation.all()).extracting(NavigationEntry::path).contains("/staff", "/scripts", TEST_PAGE);
		for (PanelRole role : PanelRole.values()) {
			UserDetails person = this.signedIn.get(role);
			PanelUser viewer = this.accounts.findByUsername(person.getUsername()).orElseThrow().toPanelUser();
			List<NavigationEntry> menu = this.navigation.visibleTo(viewer);
			for (NavigationEntry entry : this.navigation.all()) {
				int status = status(entry.path(), person);
				if (menu.contains(entry)) {
					assertThat(status).as("%s opening %s, which their menu shows", role, entry.path()).isEqualTo(200);
				}
				else {
					assertThat(status).as("%s opening %s, which their menu hides", role, entry.path()).isEqualTo(403);
				}
			}
		}
	}

	@Test
	void aPageDeclaredAdminOnlyInItsEntryAloneIsClosedToModeratorsAtItsPathAndBelow() throws Exception {
		UserDetails moderator = this.signedIn.get(PanelRole.MODERATOR);
		UserDetails admin = this.signedIn.get(PanelRole.ADMIN);

		assertThat(status(TEST_PAGE, moderator)).isEqualTo(403);
		assertThat(status(TEST_PAGE + "/part", moderator)).isEqualTo(403);
		assertThat(status(TEST_PAGE, admin)).isEqualTo(200);
		assertThat(status(TEST_PAGE + "/part", admin)).isEqualTo(200);
	}

	private int status(String path, UserDetails person) throws Exception {
		return this.mvc.perform(get(path).with(user(person))).andReturn().getResponse().getStatus();
	}

	/** A feature's admin-only page: a controller and its menu entry, nothing else. */
	@TestConfiguration(proxyBeanMethods = false)
	static class AdminOnlyTestPage {

		@Bean
		NavigationEntry adminOnlyTestPageEntry() {
			return new NavigationEntry("nav.staff", TEST_PAGE, PanelRole.ADMIN, 990);
		}

		@Bean
		AdminOnlyTestController adminOnlyTestController() {
			return new AdminOnlyTestController();
		}

	}

	@Controller
	static class AdminOnlyTestController {

		@GetMapping({ TEST_PAGE, TEST_PAGE + "/{part}" })
		@ResponseBody
		String page() {
			return "an admin-only test page";
		}

	}

}
