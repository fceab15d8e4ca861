package org.peersupport.checkins;

import java.time.Period;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PhaseDaysTests {

	@Test
	void theUsualDaysAreRead() {
		assertThat(PhaseDays.check("* * ?")).isEmpty();
		assertThat(PhaseDays.check("? * MON,THU")).isEmpty();
		assertThat(PhaseDays.check("? * MON-FRI")).isEmpty();
		assertThat(PhaseDays.check("1,15 * ?")).isEmpty();
		assertThat(PhaseDays.check("L * ?")).isEmpty();
	}

	@Test
	void aBadExpressionIsRefusedWithItsReason() {
		assertThat(PhaseDays.check("0 10 * * ?")).get()
			.extracting(PhaseDays.Refusal::reason)
			.isEqualTo(PhaseDays.Reason.FIELDS);
		assertThat(PhaseDays.check("")).get().extracting(PhaseDays.Refusal::reason).isEqualTo(PhaseDays.Reason.FIELDS);
		assertThat(PhaseDays.check("* * MON")).get()
			.extracting(PhaseDays.Refusal::reason)
			.isEqualTo(PhaseDays.Reason.DAY_FIELDS);
		assertThat(PhaseDays.check("? * MOON")).get()
			.extracting(PhaseDays.Refusal::reason)
			.isEqualTo(PhaseDays.Reason.DAY_OF_WEEK);
		assertThat(PhaseDays.check("? * 9")).get()
			.extracting(PhaseDays.Refusal::reason)
			.isEqualTo(PhaseDays.Reason.DAY_OF_WEEK);
		assertThat(PhaseDays.check("1 13 ?")).get()
			.extracting(PhaseDays.Refusal::reason)
			.isEqualTo(PhaseDays.Reason.MONTH);
		assertThat(PhaseDays.check("32 * ?")).get()
			.extracting(PhaseDays.Refusal::reason)
			.isEqualTo(PhaseDays.Reason.DAY_OF_MONTH);
		assertThat(PhaseDays.check("30 2 ?")).get()
			.extracting(PhaseDays.Refusal::reason)
			.isEqualTo(PhaseDays.Reason.NEVER);
		assertThat(PhaseDays.check("? * MON#")).get()
			.extracting(PhaseDays.Refusal::reason)
			.isNotEqualTo(PhaseDays.Reason.FIELDS);
	}

	@Test
	void phasesEndInOrderAndOnlyTheLastIsEndless() {
		Phase daily = new Phase(Period.ofDays(14), "* * ?");
		Phase twice = new Phase(Period.ofMonths(3), "? * MON,THU");
		Phase weekly = new Phase(null, "? * MON");
		assertThat(CheckInPlan.unorderedAt(List.of(daily, twice, weekly))).isEmpty();
		assertThat(CheckInPlan.unorderedAt(List.of(daily, twice))).as("check-ins end after 3 months").isEmpty();
		assertThat(CheckInPlan.unorderedAt(List.of(twice, daily, weekly))).contains(1);
		assertThat(CheckInPlan.unorderedAt(List.of(daily, weekly, twice))).contains(1);
		assertThat(CheckInPlan.unorderedAt(
				List.of(new Phase(Period.ofDays(30), "* * ?"), new Phase(Period.ofMonths(1), "? * MON"), weekly)))
			.as("a month may be shorter than 30 days")
			.contains(1);
		assertThat(CheckInPlan.unorderedAt(List.of(new Phase(Period.ofDays(0), "* * ?"), weekly))).contains(0);
		assertThat(CheckInPlan.unorderedAt(List.of())).contains(0);
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CheckInPlan(List.of(weekly, daily), 3, 2, null, null).requireSavable());
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CheckInPlan(List.of(weekly), -1, 2, null, null).requireSavable());
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new CheckInPlan(List.of(weekly), 3, 31, null, null).requireSavable());
		assertThat(new CheckInPlan(List.of(twice, daily), 50, 2, null, null).phases())
			.as("configuration is taken as it is")
			.hasSize(2);
	}

}
