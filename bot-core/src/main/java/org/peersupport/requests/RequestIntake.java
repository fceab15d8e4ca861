package org.peersupport.requests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.peersupport.conversation.CallbackSigner;
import org.peersupport.conversation.ConversationRuntime;
import org.peersupport.messaging.Button;
import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.Replies;
import org.peersupport.participants.Participant;
import org.peersupport.participants.Participants;
import org.peersupport.participants.Programmes;
import org.peersupport.scripts.RuntimeTexts;

/**
 * What a participant sees of their requests: the open ones with a button to cancel each,
 * and the categories to ask for help in; a category's press starts its intake script.
 */
class RequestIntake {

	/** The owner of the feature's buttons ({@code rq:<payload>:<signature>}). */
	static final String OWNER = "rq";

	/** The payload prefix of the button offered after onboarding. */
	static final String FIRST = "f:";

	private final Participants participants;

	private final Programmes programmes;

	private final HelpRequests requests;

	private final RequestsProperties properties;

	private final ConversationRuntime runtime;

	private final CallbackSigner signer;

	RequestIntake(Participants participants, Programmes programmes, HelpRequests requests,
			RequestsProperties properties, ConversationRuntime runtime, CallbackSigner signer) {
		this.participants = participants;
		this.programmes = programmes;
		this.requests = requests;
		this.properties = properties;
		this.runtime = runtime;
		this.signer = signer;
	}

	/** The participant of the chat, if they finished onboarding into a programme. */
	Optional<Participant> participant(long chatId) {
		return this.participants.find(chatId).filter((participant) -> participant.programme() != null);
	}

	/** The language to answer in: the participant's, else their Telegram language. */
	String locale(InboundEvent event) {
		return this.participants.find(event.chatId())
			.map(Participant::locale)
			.orElseGet(() -> RuntimeTexts.bundled()
				.supported(event.languageCode())
				.map(java.util.Locale::getLanguage)
				.orElse("en"));
	}

	/** Whether the participant of the chat is in a plain-language programme. */
	boolean plain(long chatId) {
		return participant(chatId).map((participant) -> plain(participant.programme())).orElse(false);
	}

	/** Whether the people of this programme are spoken to in plain language. */
	boolean plain(String programme) {
		return this.programmes.plainLanguage(programme);
	}

	/** {@code /help_request}: the open requests (if any), then the categories. */
	void show(InboundEvent event, Replies replies) {
		String locale = locale(event);
		if (participant(event.chatId()).isEmpty()) {
			replies.send(RequestTexts.get("not-participant", locale));
			return;
		}
		boolean plain = plain(event.chatId());
		List<HelpRequest> active = this.requests.activeOf(event.chatId());
		if (!active.isEmpty()) {
			replies.send(openList(active, plain, locale), cancelButtons(event.chatId(), active, locale));
		}
		List<List<Button>> categories = new ArrayList<>();
		for (RequestCategory category : this.properties.categories()) {
			categories.add(List.of(button(event.chatId(), "n:" + category.key(), category.label(locale))));
		}
		replies.send(RequestTexts.get("choose-category", plain, locale), categories);
	}

	/**
	 * After onboarding: the first of the person's needs that is a category, with one
	 * button that starts its intake; nothing when none is.
	 */
	void offerFirst(long chatId, List<String> needs, String locale, Replies replies) {
		Participant participant = participant(chatId).orElse(null);
		RequestCategory category = needs.stream()
			.map(this.properties::category)
			.flatMap(Optional::stream)
			.findFirst()
			.orElse(null);
		if (participant == null || category == null) {
			return;
		}
		replies.send(firstOffer(category, plain(participant.programme()), locale), List.of(List.of(button(chatId,
				FIRST + category.key(), RequestTexts.get("first.button", locale, category.label(locale))))));
	}

	private static String firstOffer(RequestCategory category, boolean plain, String locale) {
		return RequestTexts.get("first.offer", plain, locale, category.label(locale));
	}

	/** A category's press: its intake script starts. */
	void begin(InboundEvent event, Replies replies, String categoryKey) {
		begin(event, replies, categoryKey, false);
	}

	/**
	 * A category's press, under the categories or under the offer after onboarding: its
	 * intake script starts.
	 */
	void begin(InboundEvent event, Replies replies, String categoryKey, boolean first) {
		String locale = locale(event);
		Participant participant = participant(event.chatId()).orElse(null);
		RequestCategory category = this.properties.category(categoryKey).orElse(null);
		if (participant == null || category == null) {
			boolean plain = participant != null && plain(participant.programme());
			replies.answerButton(
					RuntimeTexts.bundled().text("callback.expired", plain, java.util.Locale.forLanguageTag(locale)));
			return;
		}
		replies.answerButton(null);
		boolean plain = plain(participant.programme());
		String pressed = first ? firstOffer(category, plain, locale)
				: RequestTexts.get("choose-category", plain, locale);
		replies.editPressedMessage(pressed + "\n\n» " + category.label(locale), List.of());
		start(event, replies, participant, category, locale);
	}

	/**
	 * A deep link's category: its intake starts for a participant (false for anyone
	 * else).
	 */
	boolean start(InboundEvent event, Replies replies, RequestCategory category) {
		Participant participant = participant(event.chatId()).orElse(null);
		if (participant == null) {
			return false;
		}
		start(event, replies, participant, category, locale(event));
		return true;
	}

	private void start(InboundEvent event, Replies replies, Participant participant, RequestCategory category,
			String locale) {
		boolean plain = plain(participant.programme());
		this.runtime.start(event, replies, plain ? category.plainScript() : category.script(),
				Map.of("category", category.key(), "programme", participant.programme()), locale);
	}

	/** The text listing a participant's open requests. */
	String openList(List<HelpRequest> active, boolean plain, String locale) {
		if (active.isEmpty()) {
			return RequestTexts.get("open.none", plain, locale);
		}
		StringBuilder text = new StringBuilder(RequestTexts.get("open.heading", plain, locale));
		for (HelpRequest request : active) {
			text.append('\n')
				.append(RequestTexts.get("open.line", locale, String.valueOf(request.number()),
						label(request.category(), locale), RequestTexts.get(request.urgency().textKey(), locale),
						RequestTexts.get("status." + request.status().name(), plain, locale)));
		}
		return text.toString();
	}

	/** A cancel button per open request. */
	List<List<Button>> cancelButtons(long chatId, List<HelpRequest> active, String locale) {
		List<List<Button>> buttons = new ArrayList<>();
		for (HelpRequest request : active) {
			buttons.add(List.of(button(chatId, "x:" + request.number(),
					RequestTexts.get("open.cancel", locale, String.valueOf(request.number())))));
		}
		return buttons;
	}

	/** A category's label; its key when it is no longer configured. */
	String label(String categoryKey, String locale) {
		return this.properties.label(categoryKey, locale);
	}

	private Button button(long chatId, String payload, String label) {
		return new Button(label, this.signer.sign(chatId, OWNER, payload, OWNER));
	}

	/**
	 * The payload of one of this feature's buttons, if its signature holds in this chat.
	 */
	Optional<String> payload(InboundEvent event) {
		return this.signer.verify(event.chatId(), event.buttonData(), OWNER);
	}

}
