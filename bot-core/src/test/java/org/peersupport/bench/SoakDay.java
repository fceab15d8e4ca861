package org.peersupport.bench;

import java.util.List;
import java.util.Locale;

/**
 * One simulated day of the soak.
 *
 * @param day 1 for the first
 * @param participants on the roster at the end of the day
 * @param echoed messages echoed that day
 * @param erased people who erased themselves that day
 * @param fileAfterTraffic data file size at the end of the active hours
 * @param fileAfterNight data file size after the idle night (jobs run, rewrite due)
 * @param liveDocuments documents in all collections after the night
 * @param liveBytes their BSON size
 * @param rewritesInTraffic rewrites during the active hours
 * @param rewritesAtNight rewrites during the idle night
 * @param rewritesTotal rewrites since the start
 * @param wallSeconds how long the simulated day took to run
 */
record SoakDay(int day, int participants, int echoed, int erased, long fileAfterTraffic, long fileAfterNight,
		long liveDocuments, long liveBytes, long rewritesInTraffic, long rewritesAtNight, long rewritesTotal,
		double wallSeconds) {

	static String markdown(List<SoakDay> days, String setup) {
		StringBuilder out = new StringBuilder(setup).append("\n\n");
		out.append("| day | participants | messages | /forget | file after traffic | file after night | live docs |"
				+ " live BSON | file ÷ live | rewrites in traffic | at night | total | run time |\n");
		out.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
		for (SoakDay day : days) {
			out.append(String.format(Locale.ROOT,
					"| %d | %d | %d | %d | %s | %s | %d | %s | %.1f | %d | %d | %d | %.0f s |%n", day.day,
					day.participants, day.echoed, day.erased, size(day.fileAfterTraffic), size(day.fileAfterNight),
					day.liveDocuments, size(day.liveBytes), (double) day.fileAfterNight / Math.max(1, day.liveBytes),
					day.rewritesInTraffic, day.rewritesAtNight, day.rewritesTotal, day.wallSeconds));
		}
		return out.toString();
	}

	private static String size(long bytes) {
		return String.format(Locale.ROOT, "%.2f MB", bytes / 1048576.0);
	}

	@Override
	public String toString() {
		return String.format(Locale.ROOT, "day %d: %d echoed, file %s → %s, %d live docs (%s), rewrites %d+%d",
				this.day, this.echoed, size(this.fileAfterTraffic), size(this.fileAfterNight), this.liveDocuments,
				size(this.liveBytes), this.rewritesInTraffic, this.rewritesAtNight);
	}

}
