package org.peersupport.web.programmes;

import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.peersupport.checkins.CheckInPlan;
import org.peersupport.checkins.Phase;
import org.peersupport.checkins.PhaseDays;

/**
 * The settings form of one programme as typed: its phase rows and ladder, read and
 * checked field by field. Errors are message keys with their arguments, by field id.
 * Public for the template only.
 */
public final class PhaseForm {

	static final List<String> UNITS = List.of("days", "weeks", "months", "years");

	private final List<Row> rows;

	private final String followUpAfter;

	private final String alertAfter;

	private final Map<String, Error> errors = new LinkedHashMap<>();

	private final List<Phase> phases = new ArrayList<>();

	private PhaseForm(List<Row> rows, String followUpAfter, String alertAfter) {
		this.rows = rows;
		this.followUpAfter = followUpAfter;
		this.alertAfter = alertAfter;
	}

	/** The form showing settings as they are, with one empty row to add a phase. */
	static PhaseForm of(CheckInPlan plan) {
		List<Row> rows = new ArrayList<>();
		for (Phase phase : plan.phases()) {
			rows.add(Row.of(phase));
		}
		if (rows.size() < CheckInPlan.MOST_PHASES) {
			rows.add(new Row("", "days", ""));
		}
		return new PhaseForm(rows, Integer.toString(plan.followUpAfter()), Integer.toString(plan.alertAfter()));
	}

	/** The form as posted ({@code until-N}, {@code unit-N}, {@code days-N}), checked. */
	static PhaseForm read(Map<String, String> params) {
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i < CheckInPlan.MOST_PHASES; i++) {
			String days = params.get("days-" + i);
			if (days == null) {
				break;
			}
			rows.add(new Row(params.getOrDefault("until-" + i, "").trim(), params.getOrDefault("unit-" + i, "days"),
					days.trim()));
		}
		PhaseForm form = new PhaseForm(rows, params.getOrDefault("followUpAfter", "").trim(),
				params.getOrDefault("alertAfter", "").trim());
		form.check();
		return form;
	}

	private void check() {
		List<Integer> rowOfPhase = new ArrayList<>();
		for (int i = 0; i < this.rows.size(); i++) {
			Row row = this.rows.get(i);
			if (row.days.isEmpty() && row.until.isEmpty()) {
				continue;
			}
			Optional<PhaseDays.Refusal> refusal = PhaseDays.check(row.days);
			if (refusal.isPresent()) {
				this.errors.put("days-" + i,
						new Error("programmes.days.error." + refusal.get().reason().key(), refusal.get().detail()));
			}
			Period until = null;
			if (!row.until.isEmpty()) {
				if (!row.until.matches("\\d{1,4}") || Integer.parseInt(row.until) < 1 || !UNITS.contains(row.unit)) {
					this.errors.put("until-" + i, new Error("programmes.until.error.number", ""));
					continue;
				}
				until = period(Integer.parseInt(row.until), row.unit);
			}
			if (refusal.isEmpty()) {
				this.phases.add(new Phase(until, row.days));
				rowOfPhase.add(i);
			}
		}
		if (this.errors.isEmpty()) {
			Optional<Integer> unordered = CheckInPlan.unorderedAt(this.phases);
			if (unordered.isPresent()) {
				int row = this.phases.isEmpty() ? 0 : rowOfPhase.get(unordered.get());
				this.errors.put(this.phases.isEmpty() ? "days-0" : "until-" + row, new Error(
						this.phases.isEmpty() ? "programmes.phases.error.none" : "programmes.until.error.order", ""));
			}
		}
		checkCount("followUpAfter");
		checkCount("alertAfter");
	}

	private void checkCount(String field) {
		String value = field.equals("followUpAfter") ? this.followUpAfter : this.alertAfter;
		if (!value.matches("\\d{1,2}") || Integer.parseInt(value) > CheckInPlan.MOST_UNANSWERED) {
			this.errors.put(field, new Error("programmes.ladder.error", Integer.toString(CheckInPlan.MOST_UNANSWERED)));
		}
	}

	private static Period period(int count, String unit) {
		return switch (unit) {
			case "weeks" -> Period.ofWeeks(count);
			case "months" -> Period.ofMonths(count);
			case "years" -> Period.ofYears(count);
			default -> Period.ofDays(count);
		};
	}

	boolean valid() {
		return this.errors.isEmpty();
	}

	public List<Row> getRows() {
		return this.rows;
	}

	public String getFollowUpAfter() {
		return this.followUpAfter;
	}

	public String getAlertAfter() {
		return this.alertAfter;
	}

	public Map<String, Error> getErrors() {
		return this.errors;
	}

	/** The phases read, when {@link #valid()}. */
	List<Phase> phases() {
		return List.copyOf(this.phases);
	}

	int followUpAfter() {
		return Integer.parseInt(this.followUpAfter);
	}

	int alertAfter() {
		return Integer.parseInt(this.alertAfter);
	}

	/** One phase row as typed: until (a number and its unit, empty: endless) and days. */
	public record Row(String until, String unit, String days) {

		static Row of(Phase phase) {
			if (phase.until() == null) {
				return new Row("", "days", phase.days());
			}
			Period until = phase.until();
			if (until.getYears() > 0 && until.getMonths() == 0 && until.getDays() == 0) {
				return new Row(Integer.toString(until.getYears()), "years", phase.days());
			}
			if (until.getYears() == 0 && until.getDays() == 0) {
				return new Row(Integer.toString(until.getMonths()), "months", phase.days());
			}
			// a mixed length from configuration (P1M14D) is shown in days, about
			long days = until.getYears() * 365L + until.getMonths() * 30L + until.getDays();
			return new Row(Long.toString(days), "days", phase.days());
		}

	}

	/** An error: its message key and one argument (may be empty). */
	public record Error(String key, String argument) {
	}

}
