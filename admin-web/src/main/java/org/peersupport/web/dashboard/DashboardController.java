package org.peersupport.web.dashboard;

import java.util.Comparator;
import java.util.List;

import org.peersupport.participants.Programmes;
import org.peersupport.web.layout.NavigationEntry;
import org.peersupport.web.security.PanelRole;
import org.peersupport.web.security.PanelUser;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The dashboard at {@code /}: every card the viewer may see. */
@Controller
class DashboardController {

	private final List<DashboardCard> cards;

	private final List<DashboardFigures> figures;

	private final Programmes programmes;

	DashboardController(List<DashboardCard> cards, List<DashboardFigures> figures, Programmes programmes) {
		this.cards = cards.stream().sorted(Comparator.comparingInt(DashboardCard::order)).toList();
		this.figures = figures.stream().sorted(Comparator.comparingInt(DashboardFigures::order)).toList();
		this.programmes = programmes;
	}

	@GetMapping("/")
	String dashboard(PanelUser viewer, Model model) {
		model.addAttribute("cards",
				this.cards.stream()
					.filter((card) -> card.isVisibleTo(viewer))
					.map((card) -> new CardView(card.titleKey(), card.value(viewer), card.link()))
					.toList());
		model.addAttribute("figureGroups",
				this.figures.stream().flatMap((figures) -> figures.groups(viewer).stream()).toList());
		if (viewer.isLimitedToProgrammes()) {
			model.addAttribute("limitedTo",
					viewer.programmes()
						.stream()
						.map((key) -> this.programmes.nameOf(key, viewer.language().getLanguage()))
						.sorted()
						.toList());
		}
		return "dashboard";
	}

	/** A card as the template shows it. */
	record CardView(String titleKey, String value, String link) {
	}

	@Configuration(proxyBeanMethods = false)
	static class DashboardNavigation {

		@Bean
		NavigationEntry dashboardMenuEntry() {
			return new NavigationEntry("nav.dashboard", "/", PanelRole.MODERATOR, 0);
		}

	}

}
