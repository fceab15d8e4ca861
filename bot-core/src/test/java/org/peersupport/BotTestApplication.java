package org.peersupport;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationExcludeFilter;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.modulith.Modulithic;

/**
 * The whole bot (bot-core without the panel) for integration tests and for the crash
 * tests' child process. Other tests' narrow applications and samples are left out of the
 * scan.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Modulithic(systemName = "peer-support-bot")
@ComponentScan(excludeFilters = { @ComponentScan.Filter(type = FilterType.CUSTOM, classes = TypeExcludeFilter.class),
		@ComponentScan.Filter(type = FilterType.CUSTOM, classes = AutoConfigurationExcludeFilter.class),
		@ComponentScan.Filter(type = FilterType.REGEX,
				pattern = "org\\.peersupport\\.(.*TestApplication|store\\.sample\\..*|e2e\\..*)") })
public class BotTestApplication {

	public static void main(String[] args) {
		SpringApplication.run(BotTestApplication.class, args);
	}

}
