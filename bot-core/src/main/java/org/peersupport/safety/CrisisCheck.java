package org.peersupport.safety;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.InboundInterceptor;
import org.peersupport.messaging.InboundKind;
import org.peersupport.messaging.Outgoing;
import org.peersupport.messaging.Replies;
import org.peersupport.messaging.Screening;
import org.peersupport.messaging.SendPriority;
import org.peersupport.participants.Participant;
import org.peersupport.participants.Participants;
import org.peersupport.scripts.RuntimeTexts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks at every private message (and every message written in a peer group) before
 * routing, once: on crisis words the alert is kept for the team (and sent to the
 * moderators' chat when set), and the person gets the reply for the kind of crisis at
 * once, in the language they chose, saying the team was told only when the alert was
 * kept, with the offer to talk to a person. Routing then goes on with the verdict, so no
 * handler after it reads the words again.
 */
public class CrisisCheck implements InboundInterceptor {

	private static final Logger log = LoggerFactory.getLogger(CrisisCheck.class);

	private final CrisisWordLists words;

	private final Participants participants;

	private final List<ChosenSoFar> chosen;

	private final Hotline hotline;

	private final ModeratorAlerts alerts;

	private final ModeratorsProperties moderators;

	private final List<StaffChats> staffChats;

	public CrisisCheck(CrisisWordLists words, Participants participants, List<ChosenSoFar> chosen, Hotline hotline,
			ModeratorAlerts alerts, ModeratorsProperties moderators, List<StaffChats> staffChats) {
		this.staffChats = List.copyOf(staffChats);
		this.words = words;
		this.participants = participants;
		this.chosen = List.copyOf(chosen);
		this.hotline = hotline;
		this.alerts = alerts;
		this.moderators = moderators;
	}

	/**
	 * Private texts, commands and captions of media, and those written in a group (a peer
	 * group: not a moderators' chat, where staff may quote what people wrote).
	 */
	@Override
	public boolean inspects(InboundEvent event) {
		boolean written = event.kind() == InboundKind.TEXT || event.kind() == InboundKind.COMMAND
				|| (event.kind() == InboundKind.NON_TEXT && event.hasText());
		if (event.isPrivate()) {
			return written;
		}
		Long moderatorsChat = this.moderators.chatId();
		return written && event.chatType().isGroup() && event.userId() != null
				&& (moderatorsChat == null || moderatorsChat != event.chatId())
				&& this.staffChats.stream().noneMatch((chats) -> chats.isStaffChat(event.chatId()));
	}

	@Override
	public Screening inspect(InboundEvent event, Replies replies) {
		if (!event.isPrivate()) {
			return inGroup(event, replies);
		}
		Optional<CrisisKind> found = this.words.current().find(event.text());
		if (found.isEmpty()) {
			return Screening.CLEAR;
		}
		CrisisKind kind = found.get();
		Participant participant = this.participants.find(event.chatId()).orElse(null);
		ChosenSoFar.Choice choice = choiceOf(event.chatId());
		String programme = (participant != null) ? participant.programme() : choice.programme();
		String locale = (participant != null && participant.locale() != null) ? participant.locale()
				: (choice.locale() != null) ? choice.locale() : telegram(event);
		boolean kept = this.alerts.keepCrisis(event.chatId(), programme, locale) != null;
		replies.send(this.hotline.crisisReply(programme, locale, kind, kept),
				kept ? TalkButton.offer(locale) : List.of(), SendPriority.CRISIS);
		this.alerts.send(replies, ModeratorAlerts.Reason.CRISIS, event.chatId(), programme);
		log.info("Crisis words ({}) in update {}: reply sent, alert kept: {}", kind.key(), event.updateId(), kept);
		return Screening.crisis(kind.key());
	}

	/**
	 * Crisis words in a group: the message stays (deleting it would silence the person),
	 * the moderators are alerted at once (in the group's own moderators' chat if it has
	 * one), and the person gets the reply privately, as if they had written to the bot.
	 */
	private Screening inGroup(InboundEvent event, Replies replies) {
		Optional<CrisisKind> found = (event.userId() != null) ? this.words.current().find(event.text())
				: Optional.empty();
		if (found.isEmpty()) {
			return Screening.CLEAR;
		}
		long person = event.userId();
		Participant participant = this.participants.find(person).orElse(null);
		String programme = (participant != null) ? participant.programme() : null;
		String locale = (participant != null && participant.locale() != null) ? participant.locale() : telegram(event);
		boolean kept = this.alerts.keepCrisis(person, programme, locale) != null;
		replies
			.put(new Outgoing.SendMessage(person, false, this.hotline.crisisReply(programme, locale, found.get(), kept),
					kept ? TalkButton.offer(locale) : List.of()), SendPriority.CRISIS);
		this.alerts.crisis(Sends.of(replies), ModeratorAlerts.Signal.WORDS, person, programme,
				replies.event().receipt(), groupModerators(event.chatId()));
		log.info("Crisis words ({}) in a group message, update {}: private reply sent, alert kept: {}",
				found.get().key(), event.updateId(), kept);
		return Screening.crisis(found.get().key());
	}

	/** The group's own moderators' chat, or null for the one from configuration. */
	private Long groupModerators(long groupChatId) {
		return this.staffChats.stream()
			.map((chats) -> chats.moderatorsChatOf(groupChatId))
			.filter(java.util.Objects::nonNull)
			.findFirst()
			.orElse(null);
	}

	private ChosenSoFar.Choice choiceOf(long chatId) {
		return this.chosen.stream()
			.map((source) -> source.of(chatId))
			.flatMap(Optional::stream)
			.findFirst()
			.orElse(new ChosenSoFar.Choice(null, null));
	}

	private static String telegram(InboundEvent event) {
		return RuntimeTexts.bundled().supported(event.languageCode()).map(Locale::getLanguage).orElse("en");
	}

}
