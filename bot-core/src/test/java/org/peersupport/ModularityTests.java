package org.peersupport;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.modulith.core.ApplicationModules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;
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

	/**
	 * Messaging's and the Telegram edge's internals (the worker, the lanes, the sender,
	 * the router, the limiter…) are package-private: public is what another package uses,
	 * what a public member of such a type shows, a stored document, or configuration.
	 */
	@Test
	void messagingAndTheTelegramEdgeShowOnlyWhatOtherPackagesNeed() {
		for (String name : List.of("org.peersupport.messaging", "org.peersupport.telegram")) {
			assertThat(publicButUnneeded(name)).as("public types of %s that no other package needs", name).isEmpty();
		}
	}

	private static Set<String> publicButUnneeded(String packageName) {
		Set<JavaClass> published = CLASSES.stream()
			.filter((type) -> type.getPackageName().equals(packageName) && type.isTopLevelClass()
					&& type.getModifiers().contains(JavaModifier.PUBLIC))
			.collect(Collectors.toSet());
		Set<JavaClass> needed = new HashSet<>();
		for (JavaClass type : published) {
			boolean usedOutside = type.getDirectDependenciesToSelf()
				.stream()
				.anyMatch((dependency) -> !dependency.getOriginClass().getPackageName().equals(packageName));
			if (usedOutside || type.isAnnotatedWith(AutoConfiguration.class)
					|| type.isAnnotatedWith(ConfigurationProperties.class) || type.isAnnotatedWith(Document.class)) {
				needed.add(type);
			}
		}
		// and the types that the public members of needed types show, until none is added
		boolean grew = true;
		while (grew) {
			grew = false;
			for (JavaClass type : List.copyOf(needed)) {
				for (JavaMember member : type.getMembers()) {
					if (!member.getModifiers().contains(JavaModifier.PUBLIC)) {
						continue;
					}
					for (JavaClass shown : shownTypes(member)) {
						JavaClass topLevel = shown.getEnclosingClass().orElse(shown);
						if (published.contains(topLevel) && needed.add(topLevel)) {
							grew = true;
						}
					}
				}
			}
		}
		return published.stream()
			.filter((type) -> !needed.contains(type))
			.map(JavaClass::getSimpleName)
			.collect(Collectors.toCollection(TreeSet::new));
	}

	private static Set<JavaClass> shownTypes(JavaMember member) {
		Set<JavaClass> types = new HashSet<>();
		if (member instanceof JavaField field) {
			types.addAll(field.getType().getAllInvolvedRawTypes());
		}
		if (member instanceof JavaCodeUnit code) {
			types.addAll(code.getReturnType().getAllInvolvedRawTypes());
			code.getParameterTypes().forEach((parameter) -> types.addAll(parameter.getAllInvolvedRawTypes()));
		}
		return types;
	}

	@Test
	void everyPackageIsOnAFloor() {
		List<String> all = new ArrayList<>(GROUND.values());
		all.addAll(List.of(MIDDLE));
		all.addAll(List.of(TOP));
		classes().should().resideInAnyPackage(all.toArray(String[]::new)).check(CLASSES);
	}

}
