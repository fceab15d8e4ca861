package org.peersupport.web.sandbox;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * The Telegram user ids of the phones shown side by side, carried in the page's query
 * string ({@code ?phone=1001&phone=2001}).
 *
 * @param userIds the user ids, in order, without repeats
 */
record SandboxPhones(List<Long> userIds) {

	/** The participant phone shown when none is asked for. */
	static final long PARTICIPANT = 1001;

	/** The volunteer phone shown when none is asked for. */
	static final long VOLUNTEER = 2001;

	static final int MAX_PHONES = 6;

	SandboxPhones {
		userIds = List.copyOf(userIds);
	}

	/** The phones asked for; the two defaults when none (valid) is given. */
	static SandboxPhones of(List<Long> requested) {
		Set<Long> ids = new LinkedHashSet<>();
		if (requested != null) {
			requested.stream().filter(SandboxPhones::isValid).limit(MAX_PHONES).forEach(ids::add);
		}
		if (ids.isEmpty()) {
			ids.add(PARTICIPANT);
			ids.add(VOLUNTEER);
		}
		return new SandboxPhones(new ArrayList<>(ids));
	}

	static boolean isValid(Long userId) {
		return userId != null && userId > 0 && userId < 1_000_000_000_000L;
	}

	/** The sandbox page showing these phones. */
	String pageUrl() {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/sandbox");
		this.userIds.forEach((id) -> url.queryParam("phone", id));
		return url.build().toUriString();
	}

	/** These phones and one more. */
	SandboxPhones with(long userId) {
		List<Long> more = new ArrayList<>(this.userIds);
		more.add(userId);
		return new SandboxPhones(more);
	}

	public boolean canAddMore() {
		return this.userIds.size() < MAX_PHONES;
	}

}
