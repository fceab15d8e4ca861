package org.peersupport;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The module boundaries of ARCHITECTURE.md, checked on every build.
 */
class ModularityTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.peersupport");

	@Test
	void modulesHaveNoCyclesAndNoReachingIntoInternals() {
		ApplicationModules.of(BotTestApplication.class).verify();
	}

	@Test
	void onlyTheTelegramEdgeUsesTelegramBotsTypes() {
		noClasses().that()
			.resideOutsideOfPackage("org.peersupport.telegram..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("org.telegram..")
			.check(CLASSES);
	}

	@Test
	void theGroundFloorImportsNoFeature() {
		noClasses().that()
			.resideInAnyPackage("org.peersupport.messaging..", "org.peersupport.participants..",
					"org.peersupport.sandbox..", "org.peersupport.store..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.peersupport.telegram..", "org.peersupport.conversation..",
					"org.peersupport.onboarding..", "org.peersupport.volunteers..", "org.peersupport.safety..",
					"org.peersupport.web..")
			.check(CLASSES);
	}

	@Test
	void topFloorFeaturesAreNotImportedByTheFloorsBelow() {
		noClasses().that()
			.resideInAnyPackage("org.peersupport.conversation..", "org.peersupport.safety..",
					"org.peersupport.volunteers..", "org.peersupport.telegram..")
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.peersupport.onboarding..")
			.check(CLASSES);
	}

}
