package org.peersupport.participants;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The NGO's programmes ({@code peer.programmes}); when none are configured the bot ships
 * {@link ExamplePrograms four examples}.
 *
 * @param programmes the programmes, in the order people see them
 */
@ConfigurationProperties("peer")
public record ProgrammesProperties(List<Programme> programmes) {

	public ProgrammesProperties {
		programmes = (programmes != null) ? List.copyOf(programmes) : List.of();
	}

}
