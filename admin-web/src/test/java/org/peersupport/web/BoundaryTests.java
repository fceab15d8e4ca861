package org.peersupport.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import com.mongodb.client.MongoDatabase;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.peersupport.participants.Volunteer;

import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.SpringAsmInfo;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.util.StringUtils;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The panel uses bot-core only through its services (ARCHITECTURE.md): no panel class
 * reads or writes bot-core's documents with MongoDB itself, neither through their types
 * nor through their collections' names. The panel's own documents (staff, audit log,
 * lockouts, sandbox phones …) are its own business. bot-core's {@code ModularityTests}
 * cannot check this: the panel is not on its classpath.
 */
class BoundaryTests {

	private static final String PANEL = "org.peersupport.web";

	private static final JavaClasses CLASSES = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.peersupport");

	/** Types through which code talks to MongoDB (templates, driver, repositories). */
	private static final List<String> MONGODB_ACCESS_PACKAGES = List.of("org.springframework.data.mongodb.core",
			"org.springframework.data.mongodb.core.aggregation", "org.springframework.data.mongodb.repository",
			"org.springframework.data.repository", "com.mongodb.client", "com.mongodb.reactivestreams.client");

	private static final DescribedPredicate<JavaClass> BOT_CORE_DOCUMENT = describe("are bot-core's @Document types",
			(type) -> type.isAnnotatedWith(Document.class) && !inPanel(type));

	private static final DescribedPredicate<JavaClass> USE_MONGODB = describe(
			"use MongoDB directly (MongoOperations, MongoTemplate, MongoCollection …)",
			(type) -> type.getDirectDependenciesFromSelf()
				.stream()
				.anyMatch((dependency) -> isMongoDbAccess(dependency.getTargetClass().getName())));

	static final ArchRule NO_BOT_CORE_DOCUMENTS_THROUGH_MONGODB = noClasses().that()
		.resideInAPackage(PANEL + "..")
		.and(USE_MONGODB)
		.should()
		.dependOnClassesThat(BOT_CORE_DOCUMENT)
		.because("the panel asks bot-core's services (ScriptCatalog, VolunteerService …) for bot-core's data");

	@Test
	void panelClassesThatUseMongoDbTouchNoBotCoreDocument() {
		NO_BOT_CORE_DOCUMENTS_THROUGH_MONGODB.check(CLASSES);
	}

	@Test
	void panelClassesThatUseMongoDbNameNoBotCoreCollection() {
		assertThat(namingBotCoreCollections(panelClasses())).isEmpty();
	}

	@Test
	void panelDocumentsLiveInCollectionsOfTheirOwn() {
		Set<String> panel = collectionsOf(CLASSES.stream().filter(BoundaryTests::inPanel).toList());

		assertThat(panel).as("the panel's own collections").contains("staff_accounts", "audit_log");
		assertThat(panel).doesNotContainAnyElementsOf(botCoreCollections());
	}

	@Test
	void botCoreCollectionsAreFoundWhereBotCoreDeclaresThem() {
		assertThat(botCoreCollections()).contains("volunteers", "participants", "scripts", "inbox", "outbox",
				"conversations", "person_refs");
	}

	@Test
	void theRulesCatchAPanelClassThatQueriesBotCoreDocumentsItself() {
		JavaClasses offender = new ClassFileImporter().importClasses(ReadsVolunteers.class);

		assertThat(NO_BOT_CORE_DOCUMENTS_THROUGH_MONGODB.evaluate(offender).hasViolation()).isTrue();
	}

	@Test
	void theRulesCatchAPanelClassThatQueriesABotCoreCollectionByName() {
		JavaClasses offenders = new ClassFileImporter().importClasses(CountsScriptsByName.class,
				ReadsTheInboxWithTheDriver.class);

		assertThat(namingBotCoreCollections(offenders)).hasSize(2)
			.anySatisfy((found) -> assertThat(found).contains("CountsScriptsByName", "scripts"))
			.anySatisfy((found) -> assertThat(found).contains("ReadsTheInboxWithTheDriver", "inbox"));
	}

	@Test
	void theRulesCatchAPanelDocumentInABotCoreCollection() {
		JavaClasses shadow = new ClassFileImporter().importClasses(ShadowOutbox.class);

		assertThat(collectionsOf(shadow)).containsExactly("outbox").containsAnyElementsOf(botCoreCollections());
	}

	private static List<JavaClass> panelClasses() {
		return CLASSES.stream().filter(BoundaryTests::inPanel).toList();
	}

	private static boolean inPanel(JavaClass type) {
		return type.getPackageName().equals(PANEL) || type.getPackageName().startsWith(PANEL + ".");
	}

	private static boolean isMongoDbAccess(String className) {
		int lastDot = className.lastIndexOf('.');
		return lastDot > 0 && MONGODB_ACCESS_PACKAGES.contains(className.substring(0, lastDot));
	}

	/**
	 * The collections bot-core declares: those of its {@code @Document} types and its
	 * {@code static final String ...COLLECTION} constants.
	 */
	private static Set<String> botCoreCollections() {
		List<JavaClass> botCore = CLASSES.stream().filter((type) -> !inPanel(type)).toList();
		Set<String> names = collectionsOf(botCore);
		botCore.stream()
			.flatMap((type) -> type.getFields().stream())
			.filter(BoundaryTests::isCollectionConstant)
			.map(BoundaryTests::value)
			.forEach(names::add);
		return names;
	}

	/**
	 * As Spring Data names them: the annotation's name, else the uncapitalized class
	 * name.
	 */
	private static Set<String> collectionsOf(Collection<JavaClass> classes) {
		return classes.stream()
			.filter((type) -> type.isAnnotatedWith(Document.class))
			.map((type) -> type.reflect())
			.map((type) -> {
				String named = AnnotatedElementUtils.findMergedAnnotation(type, Document.class).collection();
				return StringUtils.hasText(named) ? named : StringUtils.uncapitalize(type.getSimpleName());
			})
			.collect(Collectors.toCollection(TreeSet::new));
	}

	private static Set<String> collectionsOf(JavaClasses classes) {
		return collectionsOf(classes.stream().toList());
	}

	private static boolean isCollectionConstant(JavaField field) {
		return field.getName().endsWith("COLLECTION") && field.getModifiers().contains(JavaModifier.STATIC)
				&& field.getModifiers().contains(JavaModifier.FINAL) && field.getRawType().isEquivalentTo(String.class);
	}

	private static String value(JavaField field) {
		try {
			Field reflected = field.reflect();
			reflected.setAccessible(true);
			return (String) reflected.get(null);
		}
		catch (IllegalAccessException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The classes that call MongoDB and name one of bot-core's collections in their code
	 * (the name is a string constant in the class file), each with the names.
	 */
	private static List<String> namingBotCoreCollections(Iterable<JavaClass> classes) {
		Set<String> collections = botCoreCollections();
		List<String> found = new ArrayList<>();
		for (JavaClass type : classes) {
			CollectionNames names = CollectionNames.read(type, collections);
			if (names.callsMongoDb && !names.named.isEmpty()) {
				found.add(type.getName() + " names " + names.named);
			}
		}
		return found;
	}

	/**
	 * What one class file holds: calls to MongoDB, and string constants that are
	 * collections.
	 */
	private static final class CollectionNames extends ClassVisitor {

		private final Set<String> collections;

		private final Set<String> named = new TreeSet<>();

		private boolean callsMongoDb;

		private CollectionNames(Set<String> collections) {
			super(SpringAsmInfo.ASM_VERSION);
			this.collections = collections;
		}

		static CollectionNames read(JavaClass type, Set<String> collections) {
			CollectionNames names = new CollectionNames(collections);
			String resource = type.getName().replace('.', '/') + ".class";
			try (InputStream in = BoundaryTests.class.getClassLoader().getResourceAsStream(resource)) {
				new ClassReader(in).accept(names, ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return names;
		}

		@Override
		public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
				String[] exceptions) {
			return new MethodVisitor(SpringAsmInfo.ASM_VERSION) {

				@Override
				public void visitLdcInsn(Object value) {
					if (value instanceof String text && CollectionNames.this.collections.contains(text)) {
						CollectionNames.this.named.add(text);
					}
				}

				@Override
				public void visitMethodInsn(int opcode, String owner, String method, String methodDescriptor,
						boolean isInterface) {
					if (isMongoDbAccess(owner.replace('/', '.'))) {
						CollectionNames.this.callsMongoDb = true;
					}
				}

			};
		}

	}

	/** What the rules must catch: a panel class reading bot-core's volunteers itself. */
	static final class ReadsVolunteers {

		private final MongoOperations mongo;

		ReadsVolunteers(MongoOperations mongo) {
			this.mongo = mongo;
		}

		long count() {
			return this.mongo.count(new Query(), Volunteer.class);
		}

	}

	/** What the rules must catch: a bot-core collection queried by its name. */
	static final class CountsScriptsByName {

		private final MongoOperations mongo;

		CountsScriptsByName(MongoOperations mongo) {
			this.mongo = mongo;
		}

		long count() {
			return this.mongo.count(new Query(), "scripts");
		}

	}

	/** What the rules must catch: a bot-core collection read through the driver. */
	static final class ReadsTheInboxWithTheDriver {

		private final MongoDatabase database;

		ReadsTheInboxWithTheDriver(MongoDatabase database) {
			this.database = database;
		}

		long count() {
			return this.database.getCollection("inbox").countDocuments();
		}

	}

	/** What the rules must catch: a panel document stored in a bot-core collection. */
	@Document("outbox")
	record ShadowOutbox(String id) {

	}

}
