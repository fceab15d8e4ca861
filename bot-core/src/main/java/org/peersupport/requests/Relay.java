package org.peersupport.requests;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.peersupport.conversation.CallbackSigner;
import org.peersupport.conversation.ConversationRuntime;
import org.peersupport.messaging.Button;
import org.peersupport.messaging.InboundEvent;
import org.peersupport.messaging.InboundHandler;
import org.peersupport.messaging.InboundKind;
import org.peersupport.messaging.Outbox;
import org.peersupport.messaging.Outgoing;
import org.peersupport.messaging.Replies;
import org.peersupport.messaging.Route;
import org.peersupport.participants.Participant;
import org.peersupport.participants.Participants;
import org.peersupport.participants.Programmes;
import org.peersupport.participants.Volunteer;
import org.peersupport.participants.Volunteers;

/**
 * The anonymous relay: once a volunteer has taken a request, what the participant and the
 * volunteer write to the bot outside any script is copied to the other side as new text
 * under a one-line header (the participant's pseudonym or "Volunteer", and the request's
 * number), so neither ever receives the other's Telegram id, username or name. Photos,
 * voice messages, documents and stickers go on with Telegram's copyMessage, which makes a
 * new message of the bot's (never "forwarded from"): the header is the caption of media
 * that has one, else a message of its own just before. Nothing of the media is stored;
 * the outbox keeps only where the original is until the copy is sent. With several open
 * conversations, a message goes to the one the person last took, was told about or
 * pressed "Reply" on. A participant's message with crisis words is relayed too, with a
 * note that they got the lines to call and the team was told.
 */
class Relay implements InboundHandler {

	/** The owner of the relay's buttons ({@code rr:<payload>:<signature>}). */
	static final String OWNER = "rr";

	private final HelpRequests requests;

	private final RelayFocus focus;

	private final ConversationRuntime runtime;

	private final Programmes programmes;

	private final Participants participants;

	private final Volunteers volunteers;

	private final CallbackSigner signer;

	private final RequestsProperties properties;

	private final Clock clock;

	Relay(HelpRequests requests, RelayFocus focus, ConversationRuntime runtime, Participants participants,
			Programmes programmes, Volunteers volunteers, CallbackSigner signer, RequestsProperties properties,
			Clock clock) {
		this.programmes = programmes;
		this.properties = properties;
		this.clock = clock;
		this.requests = requests;
		this.focus = focus;
		this.runtime = runtime;
		this.participants = participants;
		this.volunteers = volunteers;
		this.signer = signer;
	}

	@Override
	public Route route() {
		return Route.conversation();
	}

	/** Media whose copy can carry the header as its caption. */
	private static final Set<String> CAPTIONED = Set.of("photo", "voice", "document");

	@Override
	public boolean accepts(InboundEvent event) {
		boolean relayable = (event.kind() == InboundKind.TEXT && event.hasText()) || isMedia(event);
		return event.isPrivate() && relayable && !this.runtime.takes(event) && current(event.chatId()).isPresent();
	}

	private static boolean isMedia(InboundEvent event) {
		return event.kind() == InboundKind.NON_TEXT && event.details().isMedia() && event.messageId() != null;
	}

	@Override
	public void handle(InboundEvent event, Replies replies) {
		HelpRequest request = current(event.chatId()).orElse(null);
		if (request == null) {
			return;
		}
		String number = String.valueOf(request.number());
		boolean fromParticipant = request.chatId() == event.chatId();
		long to = fromParticipant ? request.claimedChat() : request.chatId();
		String locale = fromParticipant ? volunteerLocale(request) : request.locale();
		// the participant reads the volunteer's messages in their programme's words
		boolean plain = !fromParticipant && this.programmes.plainLanguage(request.programme());
		String sender = fromParticipant
				? this.participants.find(request.chatId())
					.map(Participant::pseudonym)
					.orElseGet(() -> RequestTexts.get("offer.no-pseudonym", locale))
				: RequestTexts.get("relay.volunteer", plain, locale);
		String header = RequestTexts.get("relay.header", plain, locale, sender, number);
		String crisis = (fromParticipant && replies.screening().isCrisis())
				// The crisis check before routing answered the person and told the team;
				// the
				// volunteer learns that from the same verdict.
				? "\n\n" + RequestTexts.get("relay.crisis", locale) : "";
		if (!fromParticipant) {
			this.requests.volunteerWrote(request.id(), this.clock.instant().plus(this.properties.silence()));
		}
		// counted, never kept: the panel shows how many went each way and when
		this.requests.relayed(request.id(), fromParticipant, event.receipt(), this.clock.instant());
		List<Button> buttons = new ArrayList<>();
		buttons.add(
				new Button(RequestTexts.get("relay.reply", locale), this.signer.sign(to, OWNER, "f:" + number, OWNER)));
		if (fromParticipant) {
			// the volunteer can show the team a message that hurt or worried them
			buttons.add(new Button(RequestTexts.get("relay.report", locale),
					this.signer.sign(to, OWNER, "p:" + number, OWNER)));
		}
		List<List<Button>> reply = List.of(List.copyOf(buttons));
		if (!isMedia(event)) {
			replies.put(new Outgoing.SendMessage(to, false, header + "\n" + event.text() + crisis, reply));
			return;
		}
		String caption = header + (event.hasText() ? "\n" + event.text() : "") + crisis;
		if (CAPTIONED.contains(event.details().media()) && caption.length() <= Outbox.MAX_CAPTION_LENGTH) {
			replies.put(new Outgoing.CopyMessage(to, event.chatId(), event.messageId(), caption, reply));
			return;
		}
		// a sticker or a video note has no caption, and a long caption stays the
		// original's: the header goes just before the copy
		replies.put(new Outgoing.SendMessage(to, false, header + crisis, List.of()));
		replies.put(new Outgoing.CopyMessage(to, event.chatId(), event.messageId(), null, reply));
	}

	/** The claimed request the chat's next message is for. */
	Optional<HelpRequest> current(long chatId) {
		List<HelpRequest> relays = this.requests.relaysOf(chatId);
		if (relays.isEmpty()) {
			return Optional.empty();
		}
		Optional<Long> focused = this.focus.of(chatId);
		return Optional.of(relays.stream()
			.filter((request) -> focused.isPresent() && request.number() == focused.get())
			.findFirst()
			.orElse(relays.get(0)));
	}

	String volunteerLocale(HelpRequest request) {
		return (request.claimedBy() != null)
				? this.volunteers.find(request.claimedBy()).map(Volunteer::locale).orElse("en") : "en";
	}

}
