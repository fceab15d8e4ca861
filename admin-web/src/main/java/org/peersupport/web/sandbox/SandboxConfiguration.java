package org.peersupport.web.sandbox;

import org.peersupport.conversation.ConversationRuntime;
import org.peersupport.conversation.ScriptCatalog;
import org.peersupport.sandbox.BotApiEmulator;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Chooses the sandbox: the main bot when it already runs on the emulator (no bot token),
 * otherwise a separate sandbox engine.
 */
@Configuration(proxyBeanMethods = false)
class SandboxConfiguration {

	@Bean
	Sandbox sandbox(ObjectProvider<BotApiEmulator> mainEmulator, ConversationRuntime runtime,
			ConfigurableEnvironment environment, ScriptCatalog catalog) {
		BotApiEmulator emulator = mainEmulator.getIfAvailable();
		if (emulator != null) {
			return new MainEngineSandbox(emulator, runtime);
		}
		return new SandboxEngine(EngineSettings.from(environment), catalog);
	}

}
