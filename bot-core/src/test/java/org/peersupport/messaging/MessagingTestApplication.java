package org.peersupport.messaging;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The update path alone, on the embedded store, with a scripted Bot API.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(MessagingConfiguration.class)
class MessagingTestApplication {

	@Bean
	ScriptedBotApi scriptedBotApi() {
		return new ScriptedBotApi();
	}

}
