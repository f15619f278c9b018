package org.shuangsuiji.platform.test.architecture;

import java.util.Set;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The service shape (ADR 0005), checked for one service: extend it in the service's
 * {@code ArchitectureTests} and add only the rules that are the service's own.
 * <p>
 * The shape: {@code <service>/<feature>/} holds the feature's public API (domain, use
 * cases, the ports they need) in plain Java; its sub-packages ({@code web/},
 * {@code persistence/}, {@code client/}, …) are the edges and private to it;
 * {@code config/} wires, {@code demo/} loads local data, and both may see everything.
 */
public abstract class ServiceArchitectureTests {

	/** Packages directly under the service root that are not features. */
	public static final Set<String> WIRING = Set.of("config", "demo");

	private static final String[] FRAMEWORKS = { "org.springframework..", "org.bson..", "com.mongodb..",
			"jakarta.servlet..", "jakarta.annotation..", "tools.jackson..", "com.fasterxml.jackson..",
			"io.micrometer..", "io.github.resilience4j..", "io.minio..", "org.apache.poi..", "org.apache.pdfbox.." };

	private final Class<?> application;

	private final String root;

	private final JavaClasses classes;

	protected ServiceArchitectureTests(Class<?> application) {
		this.application = application;
		this.root = application.getPackageName();
		this.classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages(this.root);
	}

	/** The classes of the service, for the service's own rules. */
	protected JavaClasses serviceClasses() {
		return this.classes;
	}

	/**
	 * Features use each other only through the other's root package, and never in a
	 * cycle. {@code config} and {@code demo} are left out: wiring sees everything.
	 */
	@Test
	void featuresUseEachOtherOnlyThroughTheirPublicApi() {
		ApplicationModules.of(this.application, wiring()).verify();
	}

	@Test
	void featureRootsArePlainJava() {
		noClasses().that(featureRoot())
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage(FRAMEWORKS)
			.because("a feature's domain, use cases and ports are plain Java; frameworks live at the edges")
			.check(this.classes);
	}

	@Test
	void featureRootsDoNotReachIntoEdgesOrWiring() {
		noClasses().that(featureRoot())
			.should()
			.dependOnClassesThat(edgeOrWiring())
			.because("use cases reach the outside world through ports that the edges implement")
			.check(this.classes);
	}

	@Test
	void webAndPersistenceDoNotKnowEachOther() {
		noClasses().that()
			.resideInAPackage("..web..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("..persistence..")
			.check(this.classes);
		noClasses().that()
			.resideInAPackage("..persistence..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage("..web..")
			.check(this.classes);
	}

	@Test
	void controllersLiveInWebPackages() {
		classes().that()
			.areAnnotatedWith("org.springframework.web.bind.annotation.RestController")
			.should()
			.resideInAPackage("..web..")
			.check(this.classes);
	}

	@Test
	void mongoDocumentsLiveInPersistencePackages() {
		classes().that()
			.areAnnotatedWith("org.springframework.data.mongodb.core.mapping.Document")
			.should()
			.resideInAPackage("..persistence..")
			.check(this.classes);
	}

	@Test
	void beansAreWiredInConfigOrDemo() {
		classes().that()
			.areAnnotatedWith("org.springframework.context.annotation.Configuration")
			.should()
			.resideInAnyPackage(this.root + ".config..", this.root + ".demo..")
			.because("one place to read how a service is put together")
			.check(this.classes);
	}

	/**
	 * One mechanism for work at start-up: {@code ApplicationRunner} beans in
	 * {@code config/} or {@code demo/}, ordered with {@code @Order}.
	 */
	@Test
	void startUpWorkIsAnApplicationRunnerInConfigOrDemo() {
		classes().that()
			.implement("org.springframework.boot.ApplicationRunner")
			.should()
			.resideInAnyPackage(this.root + ".config..", this.root + ".demo..")
			.check(this.classes);
		noClasses().should()
			.dependOnClassesThat()
			.haveFullyQualifiedName("org.springframework.boot.context.event.ApplicationReadyEvent")
			.orShould()
			.dependOnClassesThat()
			.haveFullyQualifiedName("org.springframework.boot.CommandLineRunner")
			.orShould()
			.dependOnClassesThat()
			.haveFullyQualifiedName("jakarta.annotation.PostConstruct")
			.because("start-up work is an ApplicationRunner (ADR 0005)")
			.check(this.classes);
	}

	private DescribedPredicate<JavaClass> wiring() {
		return DescribedPredicate.describe("config or demo", (type) -> {
			String feature = featureOf(type);
			return (feature != null && WIRING.contains(feature)) || type.getPackageName().equals(this.root);
		});
	}

	private DescribedPredicate<JavaClass> featureRoot() {
		return DescribedPredicate.describe("a feature's root package", (type) -> {
			String feature = featureOf(type);
			return feature != null && !WIRING.contains(feature)
					&& type.getPackageName().equals(this.root + "." + feature);
		});
	}

	private DescribedPredicate<JavaClass> edgeOrWiring() {
		return DescribedPredicate.describe("an edge (a feature's sub-package), config or demo", (type) -> {
			String feature = featureOf(type);
			if (feature == null) {
				return false;
			}
			return WIRING.contains(feature) || !type.getPackageName().equals(this.root + "." + feature);
		});
	}

	/** The first package segment under the service root, or null outside it. */
	private String featureOf(JavaClass type) {
		String name = type.getPackageName();
		if (!name.startsWith(this.root + ".")) {
			return null;
		}
		String rest = name.substring(this.root.length() + 1);
		int dot = rest.indexOf('.');
		return (dot < 0) ? rest : rest.substring(0, dot);
	}

}
