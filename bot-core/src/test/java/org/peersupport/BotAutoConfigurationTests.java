package org.peersupport;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.peersupport.conversation.Conversation;
import org.peersupport.conversation.ScriptAction;
import org.peersupport.conversation.StoredScript;
import org.peersupport.messaging.InboundHandler;
import org.peersupport.messaging.InboxEntry;
import org.peersupport.messaging.OutboxEntry;

import org.peersupport.participants.Participant;
import org.peersupport.participants.Volunteer;
import org.peersupport.store.StoreTestSupport;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.annotation.ImportCandidates;
import org.springframework.boot.quartz.autoconfigure.QuartzAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.mongodb.MongoManagedTypes;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * bot-core is a library with Spring Boot auto-configuration: the auto-configurations its
 * {@code AutoConfiguration.imports} names give a host the whole bot without a component
 * scan of {@code org.peersupport}.
 */
class BotAutoConfigurationTests {

	/** What bot-core registers, read from its imports file as Spring Boot reads it. */
	static final List<String> BOT_CORE = ImportCandidates
		.load(AutoConfiguration.class, BotAutoConfigurationTests.class.getClassLoader())
		.getCandidates()
		.stream()
		.filter((name) -> name.startsWith("org.peersupport."))
		.toList();

	private final ApplicationContextRunner runner = StoreTestSupport.memoryStoreRunner()
		.withConfiguration(AutoConfigurations.of(QuartzAutoConfiguration.class))
		.withConfiguration(AutoConfigurations.of(botCore()))
		.withPropertyValues("spring.quartz.auto-startup=false", "peer.sandbox.port=0");

	@Test
	void theAutoConfigurationAloneStartsTheBotWithItsRouterCommandsAndScriptActions() {
		this.runner.run((context) -> {
			assertThat(context).hasNotFailed().hasBean("router");
			assertThat(context.getBeansOfType(InboundHandler.class).values())
				.extracting((handler) -> handler.getClass().getSimpleName())
				.contains("StartCommand", "HelpCommand", "ForgetCommand", "VolunteerCommand");
			assertThat(context.getBeansOfType(ScriptAction.class).values()).extracting(ScriptAction::name)
				.contains("recordConsent", "joinGroup", "showMenu", "submitVolunteer");
		});
	}

	@Test
	void everyComponentOfBotCoreIsRegisteredByTheAutoConfiguration() {
		List<JavaClass> components = new ClassFileImporter()
			.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.peersupport")
			.stream()
			.filter((type) -> type.isMetaAnnotatedWith(Component.class) || type.isAnnotatedWith(Component.class))
			.toList();
		assertThat(components).as("bot-core's components")
			.extracting(JavaClass::getSimpleName)
			.contains("StartCommand", "MessagingConfiguration", "EmbeddedStoreAutoConfiguration");

		this.runner.run((context) -> assertThat(components)
			.filteredOn((type) -> context.getBeanNamesForType(type.reflect()).length == 0)
			.as("components no auto-configuration registers (add them to their feature's @Import)")
			.isEmpty());
	}

	@Test
	void theBotsDocumentsAreKnownAtStartSoTheirIndexesAreCreatedThen() {
		this.runner
			.run((context) -> assertThat(context.getBean(MongoManagedTypes.class).toList()).contains(InboxEntry.class,
					OutboxEntry.class, Participant.class, Volunteer.class, StoredScript.class, Conversation.class));
	}

	private static Class<?>[] botCore() {
		return BOT_CORE.stream()
			.map((name) -> ClassUtils.resolveClassName(name, BotAutoConfigurationTests.class.getClassLoader()))
			.toArray(Class<?>[]::new);
	}

}
