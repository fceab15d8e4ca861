package org.peersupport.web.i18n;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.peersupport.web.PanelProperties;
import org.peersupport.web.security.CurrentPanelUser;
import org.peersupport.web.security.PanelUser;

import org.springframework.stereotype.Component;

/**
 * Shows instants in the signed-in person's time zone; templates call
 * {@code ${@panelDates.format(instant)}}.
 */
@Component
public class PanelDates {

	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private final CurrentPanelUser currentUser;

	private final ZoneId defaultZone;

	PanelDates(CurrentPanelUser currentUser, PanelProperties properties) {
		this.currentUser = currentUser;
		this.defaultZone = properties.defaultZone();
	}

	/** The zone in which the current person sees dates. */
	public ZoneId zone() {
		return this.currentUser.get().map(PanelUser::zone).orElse(this.defaultZone);
	}

	public String format(Instant instant) {
		return (instant != null) ? FORMAT.format(instant.atZone(zone())) : "";
	}

}
