package org.peersupport.groups;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.peersupport.BotTestApplication;
import org.peersupport.safety.ModeratorsProperties;
import org.peersupport.store.MemoryStore;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(classes = BotTestApplication.class, properties = "spring.quartz.auto-startup=false")
@MemoryStore
class ModeratorsChatsTests {

	private static final long GROUP = -100_601L;

	private static final long OWN = -100_602L;

	private static final long CONFIGURED = -100_603L;

	@Autowired
	MongoOperations mongo;

	@Autowired
	PeerGroups groups;

	private ModeratorsChats chats;

	@BeforeEach
	void clean() {
		this.mongo.remove(new Query(), PeerGroup.class);
		this.chats = new ModeratorsChats(this.mongo,
				new ModeratorsProperties(CONFIGURED, "en", new ModeratorsProperties.Alerts(3, Duration.ofHours(1),
						Duration.ofMinutes(15), Duration.ofMinutes(10), Duration.ofSeconds(30))));
	}

	@Test
	void aGroupsOwnChatMustBeAPendingChatTheBotIsInOrTheConfiguredOneNeverAPeerGroupOrItself() {
		group(GROUP, GroupStatus.ACTIVE, null);
		group(OWN, GroupStatus.PENDING, null);
		group(-100_604L, GroupStatus.ACTIVE, null);
		group(-100_605L, GroupStatus.INACTIVE, null);

		assertThat(this.chats.usable(GROUP, OWN)).isTrue();
		assertThat(this.chats.usable(GROUP, CONFIGURED)).isTrue();
		assertThat(this.chats.usable(GROUP, GROUP)).as("itself").isFalse();
		assertThat(this.chats.usable(GROUP, -100_604L)).as("a peer group").isFalse();
		assertThat(this.chats.usable(GROUP, -100_605L)).as("the bot left").isFalse();
		assertThat(this.chats.usable(GROUP, -100_699L)).as("unknown to the bot").isFalse();
	}

	@Test
	void alertsGoToTheGroupsOwnChatElseTheConfiguredOne() {
		assertThat(this.chats.of(group(GROUP, GroupStatus.ACTIVE, OWN))).isEqualTo(OWN);
		assertThat(this.chats.of(group(-100_604L, GroupStatus.ACTIVE, null))).isEqualTo(CONFIGURED);
	}

	@Test
	void aGroupsOwnChatIsAStaffChatUnlessItIsItselfAnActivePeerGroup() {
		group(GROUP, GroupStatus.ACTIVE, OWN);
		group(OWN, GroupStatus.PENDING, null);

		assertThat(this.chats.isStaffChat(OWN)).isTrue();
		assertThat(this.chats.isStaffChat(GROUP)).isFalse();

		group(OWN, GroupStatus.ACTIVE, null);
		assertThat(this.chats.isStaffChat(OWN)).as("the crisis check goes on in a peer group").isFalse();
		assertThat(this.chats.isModeratorsChatOfAGroup(OWN)).isTrue();
	}

	@Test
	void groupsFollowTheirModeratorsChatWhenItBecomesASupergroup() {
		group(GROUP, GroupStatus.ACTIVE, OWN);
		group(OWN, GroupStatus.PENDING, null);

		this.groups.migrate(OWN, -100_700L);
		this.groups.migrate(OWN, -100_700L);

		assertThat(this.groups.find(GROUP).orElseThrow().moderatorsChat()).isEqualTo(-100_700L);
		assertThat(this.chats.usable(GROUP, -100_700L)).isTrue();
	}

	private PeerGroup group(long chatId, GroupStatus status, Long moderatorsChat) {
		PeerGroup group = new PeerGroup(chatId, status, "Circle", "recovery", "en", 5, "Be kind.", List.of(), null,
				Instant.EPOCH, null, null, null, false, moderatorsChat, PeerGroup.SCHEMA_VERSION);
		this.mongo.save(group);
		return group;
	}

}
