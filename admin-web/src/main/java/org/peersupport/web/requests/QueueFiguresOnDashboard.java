package org.peersupport.web.requests;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.peersupport.requests.QueueFigures;
import org.peersupport.requests.RequestDesk;
import org.peersupport.web.dashboard.DashboardFigures;
import org.peersupport.web.security.PanelUser;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The queue on the dashboard: the requests nobody has taken by how long they have waited
 * and by category, the longest wait and the median time to a volunteer, each a link to
 * the requests it counts. Counted within the viewer's programmes, all in one call.
 */
@Component
class QueueFiguresOnDashboard implements DashboardFigures {

	/** The queue's filter for requests nobody has taken. */
	private static final String WAITING = "/requests?show=WAITING";

	private final QueueFigures queue;

	private final RequestDesk desk;

	private final MessageSource messages;

	QueueFiguresOnDashboard(QueueFigures queue, RequestDesk desk, MessageSource messages) {
		this.queue = queue;
		this.desk = desk;
		this.messages = messages;
	}

	@Override
	public List<Group> groups(PanelUser viewer) {
		Locale locale = viewer.language();
		QueueFigures.Figures figures = this.queue.of(viewer.scope().programmesOrAll());
		List<Figure> byWait = new ArrayList<>();
		figures.byWait()
			.forEach((band, count) -> byWait.add(new Figure(text("requests.wait." + band.name(), locale),
					Long.toString(count), WAITING + "&waited=" + band.name())));
		List<Figure> byCategory = new ArrayList<>();
		categoriesInOrder(figures.byCategory(), locale.getLanguage())
			.forEach((key, count) -> byCategory.add(new Figure(this.desk.categoryLabel(key, locale.getLanguage()),
					Long.toString(count), WAITING + "&category=" + key)));
		return List.of(
				new Group("queue-by-wait", "dashboard.queue.by-wait", text("dashboard.queue.by-wait.note", locale),
						byWait),
				new Group("queue-by-category", "dashboard.queue.by-category",
						byCategory.isEmpty() ? text("dashboard.queue.none-waiting", locale) : null, byCategory),
				new Group("queue-times", "dashboard.queue.times", null, times(figures, locale)));
	}

	@Override
	public int order() {
		return 20;
	}

	private List<Figure> times(QueueFigures.Figures figures, Locale locale) {
		List<Figure> times = new ArrayList<>();
		times.add((figures.oldestNumber() != null)
				? new Figure(text("dashboard.queue.oldest", locale, figures.oldestNumber()),
						duration(figures.oldestWait(), locale), "/requests/" + figures.oldestNumber())
				: new Figure(text("dashboard.queue.oldest.none", locale), "–", null));
		long days = QueueFigures.CLAIM_WINDOW.toDays();
		times.add((figures.medianToClaim() != null)
				? new Figure(text("dashboard.queue.median", locale, days, figures.claimed()),
						duration(figures.medianToClaim(), locale), "/requests?show=ALL&claimed=recent")
				: new Figure(text("dashboard.queue.median.none", locale, days), "–", null));
		return times;
	}

	/** The categories with waiting requests in the configured order, then any others. */
	private Map<String, Long> categoriesInOrder(Map<String, Long> counts, String language) {
		Map<String, Long> ordered = new LinkedHashMap<>();
		this.desk.categories(language)
			.keySet()
			.stream()
			.filter(counts::containsKey)
			.forEach((key) -> ordered.put(key, counts.get(key)));
		counts.forEach(ordered::putIfAbsent);
		return ordered;
	}

	/** A duration in words: days and hours, hours and minutes, or minutes. */
	private String duration(Duration duration, Locale locale) {
		if (duration.toDays() > 0) {
			return text("duration.days-hours", locale, duration.toDays(), duration.toHoursPart());
		}
		if (duration.toHours() > 0) {
			return text("duration.hours-minutes", locale, duration.toHours(), duration.toMinutesPart());
		}
		return text("duration.minutes", locale, duration.toMinutes());
	}

	private String text(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
