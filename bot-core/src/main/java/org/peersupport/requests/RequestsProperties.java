package org.peersupport.requests;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of help requests ({@code peer.requests}).
 *
 * @param categories the kinds of help participants can ask for, in the order they are
 * offered; none configured means {@link #DEFAULT_CATEGORIES}
 */
@ConfigurationProperties("peer.requests")
public record RequestsProperties(List<RequestCategory> categories) {

	/**
	 * The categories when none are configured, with the volunteer skills that serve them.
	 */
	public static final List<RequestCategory> DEFAULT_CATEGORIES = List.of(
			RequestCategory.of("psychologist", "psychologist"), RequestCategory.of("job", "job-coach"),
			RequestCategory.of("medicine", "medicine"), RequestCategory.of("legal", "lawyer"),
			RequestCategory.of("housing", "mentor", "time"),
			RequestCategory.of(RequestCategory.TALK, "time", "mentor", "psychologist"),
			RequestCategory.of("other", "time", "mentor"));

	public RequestsProperties {
		categories = (categories == null || categories.isEmpty()) ? DEFAULT_CATEGORIES : List.copyOf(categories);
		if (categories.stream().map(RequestCategory::key).distinct().count() != categories.size()) {
			throw new IllegalArgumentException("Two request categories in peer.requests.categories share a key");
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

	/** The category with this key, if configured. */
	public java.util.Optional<RequestCategory> category(String key) {
		return this.categories.stream().filter((category) -> category.key().equals(key)).findFirst();
	}

}
