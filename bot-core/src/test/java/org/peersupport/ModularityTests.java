package org.peersupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

/**
 * The module boundaries and the three floors of ARCHITECTURE.md, checked on every build.
 */
class ModularityTests {

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.peersupport");

	/**
	 * The ground floor, one layer per package, because they do not import each other;
	 * only {@code leases} may be used by the others, and it imports none of them.
	 */
	private static final Map<String, String> GROUND = Map.of("store", "org.peersupport.store..", "messaging",
			"org.peersupport.messaging..", "participants", "org.peersupport.participants..", "scripts",
			"org.peersupport.scripts..", "sandbox", "org.peersupport.sandbox..", "leases", "org.peersupport.leases..");

	/** The middle floor, with the features still to come. */
	private static final String[] MIDDLE = { "org.peersupport.telegram..", "org.peersupport.safety..",
			"org.peersupport.conversation..", "org.peersupport.requests..", "org.peersupport.groups..",
			"org.peersupport.volunteers.." };

	/** The top floor: features built on the conversation runtime. */
	private static final String[] TOP = { "org.peersupport.onboarding..", "org.peersupport.checkins..",
			"org.peersupport.mentoring..", "org.peersupport.silence.." };

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
	void importsRunDownTheFloorsAndTheGroundPackagesStayApart() {
		LayeredArchitecture floors = layeredArchitecture().consideringOnlyDependenciesInLayers()
			// a floor's package that does not exist yet is checked the moment it does
			.withOptionalLayers(true);
		for (Map.Entry<String, String> ground : GROUND.entrySet()) {
			floors = floors.layer(ground.getKey()).definedBy(ground.getValue());
		}
		floors = floors.layer("middle").definedBy(MIDDLE).layer("top").definedBy(TOP);
		for (String ground : GROUND.keySet()) {
			floors = ground.equals("leases") ? floors.whereLayer(ground).mayNotAccessAnyLayer()
					: floors.whereLayer(ground).mayOnlyAccessLayers("leases");
		}
		floors.whereLayer("middle").mayOnlyAccessLayers(GROUND.keySet().toArray(String[]::new)).check(CLASSES);
	}

	@Test
	void everyPackageIsOnAFloor() {
		List<String> all = new ArrayList<>(GROUND.values());
		all.addAll(List.of(MIDDLE));
		all.addAll(List.of(TOP));
		classes().should().resideInAnyPackage(all.toArray(String[]::new)).check(CLASSES);
	}

}
