package org.peersupport.requests;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of help requests ({@code peer.requests}).
 *
 * @param categories the kinds of help participants can ask for, in the order they are
 * offered; none configured means {@link #DEFAULT_CATEGORIES}
 * @param firstWave how many of the best-matching volunteers get a new request's offer
 * first; each later wave offers it to twice as many more
 * @param waveInterval how long an offer waits to be taken before the next wave
 * @param silence how long the volunteer who took a request may go without writing to the
 * participant before they are reminded; as long again after the reminder, the moderators
 * are alerted
 * @param unclaimed how long a request of each urgency may wait untaken before the final
 * wave: every matching volunteer who may be sent it, and the moderators
 */
@ConfigurationProperties("peer.requests")
public record RequestsProperties(List<RequestCategory> categories, @DefaultValue("3") int firstWave,
		@DefaultValue("10m") Duration waveInterval, @DefaultValue("2d") Duration silence,
		@DefaultValue Unclaimed unclaimed) {

	/**
	 * The categories when none are configured, with the volunteer skills that serve them;
	 * each asks its own questions ({@code request-<key>}) but "other", which asks the
	 * generic ones.
	 */
	public static final List<RequestCategory> DEFAULT_CATEGORIES = List.of(
			RequestCategory.scripted("psychologist", "psychologist"), RequestCategory.scripted("job", "job-coach"),
			RequestCategory.scripted("medicine", "medicine"), RequestCategory.scripted("legal", "lawyer"),
			RequestCategory.scripted("housing", "mentor", "time"),
			RequestCategory.scripted(RequestCategory.TALK, "time", "mentor", "psychologist"),
			RequestCategory.of("other", "time", "mentor"));

	public RequestsProperties {
		categories = (categories == null || categories.isEmpty()) ? DEFAULT_CATEGORIES : List.copyOf(categories);
		if (categories.stream().map(RequestCategory::key).distinct().count() != categories.size()) {
			throw new IllegalArgumentException("Two request categories in peer.requests.categories share a key");
		}
		if (firstWave < 1) {
			throw new IllegalArgumentException("peer.requests.first-wave must be at least 1");
		}
		waveInterval = (waveInterval != null) ? waveInterval : Duration.ofMinutes(10);
		silence = (silence != null) ? silence : Duration.ofDays(2);
		unclaimed = (unclaimed != null) ? unclaimed : new Unclaimed(null, null, null);
	}

	/**
	 * How long a request may wait untaken before the final wave, by urgency.
	 *
	 * @param today for help needed today
	 * @param week for help needed this week
	 * @param whenever for help needed whenever possible
	 */
	public record Unclaimed(@DefaultValue("1h") Duration today, @DefaultValue("1d") Duration week,
			@DefaultValue("3d") Duration whenever) {

		public Unclaimed {
			today = (today != null) ? today : Duration.ofHours(1);
			week = (week != null) ? week : Duration.ofDays(1);
			whenever = (whenever != null) ? whenever : Duration.ofDays(3);
		}

		/** The limit for a request of this urgency. */
		public Duration of(Urgency urgency) {
			return switch (urgency) {
				case TODAY -> this.today;
				case WEEK -> this.week;
				case WHENEVER -> this.whenever;
			};
		}

	}

	/**
	 * A category's label in {@code locale}; the shipped text or its key when no longer
	 * configured.
	 */
	public String label(String key, String locale) {
		return category(key).map((category) -> category.label(locale))
			.orElseGet(() -> RequestTexts.categoryLabel(key, locale));
	}

	/** How many volunteers wave {@code wave} (0 first) offers a request to. */
	public int waveSize(int wave) {
		return (int) Math.min(1000, (long) this.firstWave << Math.min(wave, 10));
	}

	/** The category with this key, if configured. */
	public java.util.Optional<RequestCategory> category(String key) {
		return this.categories.stream().filter((category) -> category.key().equals(key)).findFirst();
	}

}
