package org.peersupport.web.sandbox;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.peersupport.groups.GroupSettings;
import org.peersupport.groups.GroupStatus;
import org.peersupport.groups.PeerGroup;
import org.peersupport.groups.PeerGroups;
import org.peersupport.participants.Programme;
import org.peersupport.participants.Programmes;
import org.peersupport.sandbox.GroupChat;
import org.peersupport.web.security.PanelUser;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The group windows beside the phones: each test group the viewer may see, as the
 * emulator holds it (posts, members, what the bot did) with what the bot made of it
 * (pending or active). A test group activated for a programme outside a limited viewer's
 * scope is not theirs to see, like any object of another programme.
 */
@Component
class SandboxGroupWindows {

	/** At most this many group windows are shown, the newest. */
	static final int MAX_SHOWN = 3;

	/** How many places a test group activated from the sandbox has. */
	static final int TEST_CAPACITY = 8;

	private final SandboxGroupBook book;

	private final PeerGroups groups;

	private final Programmes programmes;

	SandboxGroupWindows(SandboxGroupBook book, PeerGroups groups, Programmes programmes) {
		this.book = book;
		this.groups = groups;
		this.programmes = programmes;
	}

	/** The windows of the viewer's test groups that the emulator still knows. */
	List<GroupWindow> shownTo(PanelUser viewer, Sandbox sandbox) {
		return this.book.shownTo(viewer)
			.stream()
			.map((chatId) -> window(viewer, sandbox, chatId))
			.flatMap(Optional::stream)
			.limit(MAX_SHOWN)
			.toList();
	}

	/**
	 * One test group's window.
	 * @throws ResponseStatusException 404 if the viewer may not see it or the emulator no
	 * longer knows it
	 */
	GroupWindow require(PanelUser viewer, Sandbox sandbox, long chatId) {
		if (!this.book.isShownTo(viewer, chatId)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return window(viewer, sandbox, chatId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/**
	 * Activates a pending test group from the sandbox for staff who do not see pending
	 * groups on the Groups page: for a programme of theirs, in their panel language, with
	 * {@value #TEST_CAPACITY} places and the given sample rules.
	 * @return whether it was activated (false: it is no longer pending, e.g. a second
	 * press)
	 * @throws ResponseStatusException 404 if the group is not the viewer's or the
	 * programme is none of theirs
	 */
	boolean activate(PanelUser viewer, Sandbox sandbox, long chatId, String programme, String rules) {
		GroupWindow window = require(viewer, sandbox, chatId);
		if (this.programmes.find(programme).isEmpty() || !viewer.scope().includes(programme)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		if (!window.pending()) {
			return false;
		}
		GroupSettings settings = new GroupSettings(window.chat().title(), programme, testLanguage(viewer),
				TEST_CAPACITY, rules);
		return this.groups.activate(chatId, settings, viewer.username()).isPresent();
	}

	/** The language a test group activated from the sandbox speaks: the viewer's. */
	static String testLanguage(PanelUser viewer) {
		String language = viewer.language().getLanguage();
		return GroupSettings.LANGUAGES.contains(language) ? language : "en";
	}

	private Optional<GroupWindow> window(PanelUser viewer, Sandbox sandbox, long chatId) {
		PeerGroup registered = registered(sandbox, chatId);
		if (registered != null && registered.programme() != null && !viewer.scope().includes(registered.programme())) {
			return Optional.empty();
		}
		GroupStatus status = (registered != null) ? registered.status() : null;
		boolean mayActivate = viewer.scope().isUnlimited();
		List<Programme> activateFor = (status == GroupStatus.PENDING && !mayActivate) ? this.programmes.all()
			.stream()
			.filter((programme) -> viewer.scope().includes(programme.key()))
			.toList() : List.of();
		return sandbox.emulator()
			.users()
			.groupChat(chatId)
			.map((chat) -> new GroupWindow(chat, status, mayActivate, activateFor));
	}

	/**
	 * What the bot stored about the group: only the main engine's store is the panel's.
	 */
	private PeerGroup registered(Sandbox sandbox, long chatId) {
		if (sandbox.kind() != Sandbox.Kind.WHOLE_SERVICE) {
			return null;
		}
		return this.groups.find(chatId).orElse(null);
	}

	/**
	 * A test group as its window shows it.
	 *
	 * @param chat the group as the emulator holds it
	 * @param status what the bot made of it (null before it registered the group)
	 * @param mayActivate whether the viewer sees pending groups on the Groups page (staff
	 * without a programme limit)
	 * @param activateFor the programmes a pending group can be activated for from the
	 * sandbox (for staff who do not see it on the Groups page), else empty
	 */
	record GroupWindow(GroupChat chat, GroupStatus status, boolean mayActivate, List<Programme> activateFor) {

		public long chatId() {
			return this.chat.chatId();
		}

		/** How many places it gets when activated from the sandbox. */
		public int capacity() {
			return TEST_CAPACITY;
		}

		/** Whether staff should activate it on the Groups page. */
		public boolean pending() {
			return this.status == GroupStatus.PENDING;
		}

		/** Members now in the group, its owner among them. */
		public List<GroupChat.Member> members() {
			return this.chat.members().stream().filter(GroupChat.Member::inGroup).toList();
		}

		/** When a restriction ends by itself, or null for never. */
		public Instant until(GroupChat.Member member) {
			return (member.restrictedUntil() > 0) ? Instant.ofEpochSecond(member.restrictedUntil()) : null;
		}

		public Instant at(GroupChat.BotAction action) {
			return Instant.ofEpochSecond(action.date());
		}

	}

}
