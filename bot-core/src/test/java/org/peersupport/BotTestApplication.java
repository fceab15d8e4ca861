package org.peersupport;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.modulith.Modulithic;

/**
 * The whole bot (bot-core without the panel) for integration tests and for the crash
 * tests' child process: bot-core's auto-configuration alone, no component scan.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Modulithic(systemName = "peer-support-bot")
public class BotTestApplication {

	public static void main(String[] args) {
		SpringApplication.run(BotTestApplication.class, args);
	}

}
