package org.peersupport.groups.moderation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.peersupport.groups.ModerationRules;
import org.peersupport.messaging.ChatType;
import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.InboundKind;
import org.peersupport.messaging.PostDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules a post is checked against: banned words whatever their case, letters and
 * endings; links, forwards and media where the group does not allow them; and the times a
 * moderator's {@code /mute} understands.
 */
class PostRulesTests {

	private static final ModerationRules RULES = new ModerationRules(
			Map.of("ru", List.of("развод*", "лохотрон"), "en", List.of("easy money")), false, false, false, 6, 10, 3,
			86_400, 3_600, 0);

	@Test
	void bannedWordsAreFoundWhateverTheCaseTheStyleAndTheEnding() {
		BannedWords words = new BannedWords(RULES.bannedWords().values());
		assertThat(words.foundIn("Это РАЗВОДИЛОВО!")).isTrue();
		assertThat(words.foundIn("обычный ЛОХОТРОН")).isTrue();
		assertThat(words.foundIn("ｅａｓｙ money here")).as("full-width letters").isTrue();
		assertThat(words.foundIn("easy\u200Bmoney")).as("split by an invisible space is not two words").isFalse();
		assertThat(words.foundIn("money is not easy")).as("words of an entry stand together in order").isFalse();
		assertThat(words.foundIn("лохотронщик")).as("a whole word, unless the entry ends in *").isFalse();
		assertThat(words.foundIn(null)).isFalse();
	}

	@Test
	void eachRuleTheGroupSetsIsABreachAndNoneWhereAllowed() {
		assertThat(GroupPosts.breachOf(post("hi", new PostDetails(true, false, null, null, null, null, false)), RULES))
			.isEqualTo(Breach.FORWARDS);
		assertThat(
				GroupPosts.breachOf(post(null, new PostDetails(false, false, "photo", null, null, null, false)), RULES))
			.isEqualTo(Breach.MEDIA);
		assertThat(
				GroupPosts.breachOf(post("see x", new PostDetails(false, true, null, null, null, null, false)), RULES))
			.isEqualTo(Breach.LINKS);
		assertThat(GroupPosts.breachOf(post("развод", PostDetails.PLAIN), RULES)).isEqualTo(Breach.BANNED_WORDS);
		assertThat(GroupPosts.breachOf(post("hello", PostDetails.PLAIN), RULES)).isNull();
		ModerationRules open = new ModerationRules(Map.of(), true, true, true, 6, 10, 3, 86_400, 3_600, 0);
		assertThat(GroupPosts.breachOf(post("x", new PostDetails(true, true, "photo", null, null, null, false)), open))
			.isNull();
	}

	@Test
	void aMuteTakesMinutesHoursOrDaysUpTo366Days() {
		assertThat(MuteCommand.parse("30m")).contains(Duration.ofMinutes(30));
		assertThat(MuteCommand.parse(" 2H please")).contains(Duration.ofHours(2));
		assertThat(MuteCommand.parse("1d")).contains(Duration.ofDays(1));
		assertThat(MuteCommand.parse("400d")).isEmpty();
		assertThat(MuteCommand.parse("0m")).isEmpty();
		assertThat(MuteCommand.parse("soon")).isEmpty();
		assertThat(MuteCommand.parse(null)).isEmpty();
	}

	private static InboundEvent post(String text, PostDetails details) {
		return new InboundEvent(1, (text != null) ? InboundKind.TEXT : InboundKind.NON_TEXT, -100L, ChatType.SUPERGROUP,
				42L, 7L, text, null, null, null, "en", null, null, Instant.now(), details, null);
	}

}
