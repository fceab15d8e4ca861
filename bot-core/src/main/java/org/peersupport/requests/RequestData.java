package org.peersupport.requests;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.peersupport.participants.PersonalData;

/**
 * A participant's help requests in {@code /mydata}, as they entered them, and whether
 * staff blocked them from the relay; erased with the person.
 */
class RequestData implements PersonalData {

	private final HelpRequests requests;

	private final RelayFocus focus;

	private final RequestsProperties properties;

	private final Clock clock;

	private final RelayBlocks blocks;

	RequestData(HelpRequests requests, RelayFocus focus, RequestsProperties properties, RelayBlocks blocks,
			Clock clock) {
		this.blocks = blocks;
		this.requests = requests;
		this.focus = focus;
		this.properties = properties;
		this.clock = clock;
	}

	@Override
	public List<String> describe(long chatId, String locale, boolean plain) {
		List<HelpRequest> all = this.requests.ofChat(chatId);
		if (all.isEmpty()) {
			return List.of();
		}
		List<String> lines = new ArrayList<>();
		lines.add(RequestTexts.get("mydata.heading", plain, locale));
		Map<Long, Long> reports = this.requests.reportCounts(chatId);
		for (HelpRequest request : all) {
			lines.add(RequestTexts.get("mydata.line", plain, locale, String.valueOf(request.number()),
					this.properties.label(request.category(), locale),
					RequestTexts.get(request.urgency().textKey(), locale),
					RequestTexts.get("status." + request.status().name(), plain, locale)));
			if (request.summary() != null) {
				lines.add(RequestTexts.get("mydata.summary", plain, locale, request.summary()));
			}
			if (request.region() != null) {
				lines.add(RequestTexts.get("mydata.region", plain, locale, request.region()));
			}
			if (request.feedback() != null) {
				lines.add(RequestTexts.get("mydata.feedback", plain, locale, request.feedback()));
			}
			long reported = reports.getOrDefault(request.number(), 0L);
			if (reported > 0) {
				lines.add(RequestTexts.get("mydata.reported", plain, locale, reported));
			}
		}
		if (this.blocks.participantBlocked(chatId)) {
			lines.add(RequestTexts.get("mydata.blocked", plain, locale));
		}
		return lines;
	}

	/**
	 * The requests' ids, and their numbers, under which the panel's audit log names them.
	 */
	@Override
	public Set<String> references(long chatId) {
		return this.requests.ofChat(chatId)
			.stream()
			.flatMap((request) -> java.util.stream.Stream.of(request.id(), String.valueOf(request.number())))
			.collect(Collectors.toSet());
	}

	@Override
	public void erase(long chatId) {
		this.requests.erase(chatId);
		// A volunteer's chat is kept with the requests they took: those still open go
		// back to be offered again, and their chat is dropped from the others.
		this.requests.releaseVolunteer(chatId, this.clock.instant());
		this.focus.forget(chatId);
	}

}
