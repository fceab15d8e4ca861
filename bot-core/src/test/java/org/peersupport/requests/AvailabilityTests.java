package org.peersupport.requests;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AvailabilityTests {

	private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

	/** Wednesday 2 December 2026 at the given hour, Warsaw time. */
	private static ZonedDateTime wednesdayAt(int hour) {
		return ZonedDateTime.of(2026, 12, 2, hour, 30, 0, 0, WARSAW);
	}

	@Test
	void quietHoursOverMidnightHoldBackOffersAtNightOnly() {
		Map<String, Object> details = Map.of("quietHours", "22-08");
		assertThat(Availability.at(details, wednesdayAt(23))).isFalse();
		assertThat(Availability.at(details, wednesdayAt(3))).isFalse();
		assertThat(Availability.at(details, wednesdayAt(8))).isTrue();
		assertThat(Availability.at(details, wednesdayAt(21))).isTrue();
	}

	@Test
	void daysAndPartsOfTheDayLimitWhenGiven() {
		Map<String, Object> details = Map.of("days", List.of("mon", "wed"), "hours", List.of("evening"), "quietHours",
				"none");
		assertThat(Availability.at(details, wednesdayAt(18))).isTrue();
		assertThat(Availability.at(details, wednesdayAt(10))).isFalse();
		assertThat(Availability.at(details, wednesdayAt(18).plusDays(1))).isFalse();
	}

	@Test
	void aVolunteerWhoSaidNothingIsNeverHeldBack() {
		assertThat(Availability.at(Map.of(), wednesdayAt(4))).isTrue();
	}

}
