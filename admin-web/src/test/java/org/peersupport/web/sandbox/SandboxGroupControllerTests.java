package org.peersupport.web.sandbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peersupport.groups.GroupSettings;
import org.peersupport.groups.GroupStatus;
import org.peersupport.groups.PeerGroups;
import org.peersupport.sandbox.BotApiEmulator;
import org.peersupport.web.audit.AuditEntry;
import org.peersupport.web.security.PanelRole;
import org.peersupport.web.security.StaffAccount;
import org.peersupport.web.security.StaffAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

@SpringBootTest(properties = { "peer.admin.username=root-admin", "peer.admin.password=correct-horse-1" })
@AutoConfigureMockMvc
class SandboxGroupControllerTests {

	private static final Pattern GROUP = Pattern.compile("data-group=\"(-\\d+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	BotApiEmulator emulator;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	UserDetailsService users;

	@Autowired
	StaffAccounts staff;

	@Autowired
	PeerGroups groups;

	UserDetails admin;

	@BeforeEach
	void signIn() {
		this.admin = this.users.loadUserByUsername("root-admin");
	}

	@Test
	void anAddedTestGroupHasTheBotAsAdministratorAndWaitsOnTheGroupsPage() throws Exception {
		List<Long> before = groupsOn(getPage("/sandbox?phone=3501", this.admin));
		MvcResult added = this.mvc
			.perform(post("/sandbox/groups").param("phone", "3501").with(csrf()).with(user(this.admin)))
			.andReturn();

		assertThat(added.getResponse().getRedirectedUrl()).isEqualTo("/sandbox?phone=3501");
		assertThat(added.getFlashMap().get("outcome")).isEqualTo("sandbox.group.added");
		List<Long> after = groupsOn(getPage("/sandbox?phone=3501", this.admin));
		long chat = after.get(0);
		assertThat(before).doesNotContain(chat);
		await().atMost(Duration.ofSeconds(20)).until(() -> this.groups.find(chat).isPresent());
		assertThat(this.groups.find(chat).orElseThrow().status()).isEqualTo(GroupStatus.PENDING);
		assertThat(this.groups.find(chat).orElseThrow().hasAllRights()).isTrue();
		assertThat(getPage("/sandbox/groups/" + chat + "/window?phone=3501", this.admin))
			.startsWith("<div class=\"group-content\"")
			.contains("waits to be activated", "href=\"/groups/" + chat + "\"", "owner of the group");
		assertThat(audit(Long.toString(chat))).extracting(AuditEntry::action).containsExactly("sandbox.group-added");
	}

	@Test
	void aPhoneThatIsNoMemberIsRefusedAndAMemberPostIsShownInTheWindow() throws Exception {
		long chat = addGroup(this.admin);

		MvcResult refused = this.mvc
			.perform(post("/sandbox/groups/" + chat + "/post").param("member", "3601")
				.param("text", "Hello")
				.param("phone", "3601")
				.with(csrf())
				.with(user(this.admin)))
			.andReturn();
		assertThat(refused.getFlashMap().get("outcome")).isEqualTo("sandbox.group.error.may-not-post");

		String link = openInviteLink(chat);
		String inPlace = this.mvc
			.perform(post("/sandbox/phones/3601/join").param("link", link)
				.param("phone", "3601")
				.header("X-Sandbox-In-Place", "1")
				.with(csrf())
				.with(user(this.admin)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(inPlace).startsWith("<ol class=\"messages\"");
		assertThat(this.emulator.users().memberStatus(chat, 3601)).isEqualTo("member");
		assertThat(audit("3601")).extracting(AuditEntry::action).containsExactly("sandbox.asked-to-join");

		String window = this.mvc
			.perform(post("/sandbox/groups/" + chat + "/post").param("member", "3601")
				.param("text", "Hello, group")
				.param("phone", "3601")
				.header("X-Sandbox-In-Place", "1")
				.with(csrf())
				.with(user(this.admin)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(window).startsWith("<div class=\"group-content\"")
			.contains("Phone 3601:", "Hello, group", "data-member=\"3601\"");
		assertThat(audit(Long.toString(chat))).extracting(AuditEntry::action)
			.containsExactly("sandbox.group-added", "sandbox.group-posted");
	}

	@Test
	void anUnknownLinkIsRefusedAndSendsNothing() throws Exception {
		long updates = this.emulator.lastUpdateId();

		MvcResult refused = this.mvc
			.perform(post("/sandbox/phones/3701/join").param("link", "https://t.me/+nothing")
				.with(csrf())
				.with(user(this.admin)))
			.andReturn();

		assertThat(refused.getFlashMap().get("outcome")).isEqualTo("sandbox.error.link-unknown");
		assertThat(this.emulator.lastUpdateId()).isEqualTo(updates);
		assertThat(audit("3701")).isEmpty();
	}

	@Test
	void aLimitedModeratorSeesOnlyTheirOwnTestGroupsAndNoneOfAnotherProgramme() throws Exception {
		UserDetails limited = limitedModerator("sandbox-group-limited-1");
		UserDetails other = limitedModerator("sandbox-group-limited-2");
		long own = addGroup(limited);
		long unlimitedsGroup = addGroup(this.admin);

		assertThat(groupsOn(getPage("/sandbox", limited))).contains(own).doesNotContain(unlimitedsGroup);
		assertThat(getPage("/sandbox/groups/" + own + "/window", limited)).contains("Activate for Recovery programme")
			.doesNotContain("href=\"/groups/");
		assertThat(groupsOn(getPage("/sandbox", other))).doesNotContain(own, unlimitedsGroup);
		assertThat(status(get("/sandbox/groups/" + own + "/window"), other)).isEqualTo(404);
		assertThat(status(get("/sandbox/groups/" + unlimitedsGroup + "/window"), limited)).isEqualTo(404);
		assertThat(status(
				post("/sandbox/groups/" + own + "/post").param("member", "3801").param("text", "Hello").with(csrf()),
				other))
			.isEqualTo(404);
		assertThat(groupsOn(getPage("/sandbox", this.admin))).contains(own, unlimitedsGroup);

		// activated for a programme outside the moderator's limit: no longer theirs to
		// see
		await().atMost(Duration.ofSeconds(20)).until(() -> this.groups.find(own).isPresent());
		this.groups.activate(own, new GroupSettings("Elsewhere", "circles", "en", 5, "Be kind."), "root-admin");
		assertThat(groupsOn(getPage("/sandbox", limited))).doesNotContain(own);
		assertThat(status(get("/sandbox/groups/" + own + "/window"), limited)).isEqualTo(404);
	}

	@Test
	void aLimitedModeratorActivatesTheirTestGroupForTheirOwnProgrammeOnly() throws Exception {
		UserDetails limited = limitedModerator("sandbox-group-limited-3");
		long own = addGroup(limited);
		await().atMost(Duration.ofSeconds(20)).until(() -> this.groups.find(own).isPresent());
		assertThat(getPage("/sandbox/groups/" + own + "/window", limited)).contains("Activate for Recovery programme")
			.doesNotContain("Activate for Circles");

		assertThat(status(post("/sandbox/groups/" + own + "/activate").param("programme", "circles").with(csrf()),
				limited))
			.isEqualTo(404);
		assertThat(this.groups.find(own).orElseThrow().status()).isEqualTo(GroupStatus.PENDING);
		MvcResult activated = this.mvc
			.perform(post("/sandbox/groups/" + own + "/activate").param("programme", "recovery")
				.with(csrf())
				.with(user(limited)))
			.andReturn();

		assertThat(activated.getFlashMap().get("outcome")).isEqualTo("sandbox.group.activated");
		assertThat(this.groups.find(own).orElseThrow()).satisfies((group) -> {
			assertThat(group.status()).isEqualTo(GroupStatus.ACTIVE);
			assertThat(group.programme()).isEqualTo("recovery");
			assertThat(group.language()).isEqualTo("en");
			assertThat(group.capacity()).isEqualTo(SandboxGroupWindows.TEST_CAPACITY);
			assertThat(group.rules()).startsWith("This is a test group in the sandbox.");
			assertThat(group.activatedBy()).isEqualTo("sandbox-group-limited-3");
		});
		assertThat(audit(Long.toString(own))).extracting(AuditEntry::action)
			.containsExactly("sandbox.group-added", "sandbox.group-activated");
		assertThat(getPage("/sandbox/groups/" + own + "/window", limited)).contains("Active")
			.doesNotContain("Activate for");
		MvcResult again = this.mvc
			.perform(post("/sandbox/groups/" + own + "/activate").param("programme", "recovery")
				.with(csrf())
				.with(user(limited)))
			.andReturn();
		assertThat(again.getFlashMap().get("outcome")).isEqualTo("sandbox.group.error.not-pending");
		assertThat(audit(Long.toString(own))).hasSize(2);
	}

	private long addGroup(UserDetails who) throws Exception {
		List<Long> before = groupsOn(getPage("/sandbox", who));
		this.mvc.perform(post("/sandbox/groups").with(csrf()).with(user(who))).andReturn();
		List<Long> after = new ArrayList<>(groupsOn(getPage("/sandbox", who)));
		after.removeAll(before);
		assertThat(after).hasSize(1);
		return after.get(0);
	}

	/**
	 * A link without join requests, created through the emulator's Bot API as the bot
	 * would.
	 */
	private String openInviteLink(long chat) throws Exception {
		// bot-core's sandbox mode talks to its emulator with this token
		URI create = URI.create(this.emulator.baseUrl() + "/bot0:sandbox/createChatInviteLink");
		HttpResponse<String> created = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(create)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"chat_id\":" + chat + "}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		Matcher link = Pattern.compile("\"invite_link\":\"([^\"]+)\"").matcher(created.body());
		assertThat(link.find()).as(created.body()).isTrue();
		return link.group(1);
	}

	private static List<Long> groupsOn(String page) {
		Matcher matcher = GROUP.matcher(page);
		List<Long> groups = new ArrayList<>();
		while (matcher.find()) {
			groups.add(Long.parseLong(matcher.group(1)));
		}
		return groups;
	}

	private String getPage(String path, UserDetails who) throws Exception {
		return this.mvc.perform(get(path).with(user(who))).andReturn().getResponse().getContentAsString();
	}

	private int status(MockHttpServletRequestBuilder request, UserDetails who) throws Exception {
		return this.mvc.perform(request.with(user(who))).andReturn().getResponse().getStatus();
	}

	private UserDetails limitedModerator(String username) {
		StaffAccount account = this.staff.create(username, "correct-horse-2", PanelRole.MODERATOR, Locale.ENGLISH);
		account.limitToProgrammes(Set.of("recovery"));
		this.staff.save(account);
		return this.users.loadUserByUsername(username);
	}

	private List<AuditEntry> audit(String objectId) {
		return this.mongo.find(Query.query(Criteria.where("objectId").is(objectId)), AuditEntry.class);
	}

}
