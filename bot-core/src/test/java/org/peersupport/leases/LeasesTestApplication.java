package org.peersupport.leases;

import java.time.Clock;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The lease helpers alone, on the embedded store.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(LeasesConfiguration.class)
class LeasesTestApplication {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
