package org.peersupport.web;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the panel's settings and its clock. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PanelProperties.class)
class PanelConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
