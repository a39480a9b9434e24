package org.fascia;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.fascia.platform.Pure;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

/** What Spring Modulith does not check: package shape, injection style, pure cores, time types. */
class ArchitectureTests {

	private static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("org.fascia");

	@Test
	void packagesAreFeaturesNotLayers() {
		noClasses().should()
			.resideInAnyPackage("..web..", "..controller..", "..controllers..", "..service..", "..services..",
					"..repository..", "..repositories..", "..dto..", "..entity..", "..entities..", "..model..")
			.because("Fascia packages by feature (ARCHITECTURE.md), never by layer")
			.check(MAIN);
	}

	@Test
	void noFieldInjection() {
		noFields().should()
			.beAnnotatedWith(Autowired.class)
			.orShould()
			.beAnnotatedWith(Value.class)
			.orShould()
			.beAnnotatedWith("jakarta.inject.Inject")
			.because("dependencies arrive through constructors, so a class shows what it needs")
			.check(MAIN);
	}

	@Test
	void controllersArePackagePrivate() {
		classes().that()
			.areAnnotatedWith(Controller.class)
			.or()
			.areAnnotatedWith(RestController.class)
			.should()
			.notBePublic()
			.because("a module exports services and events, not its web endpoints")
			.check(MAIN);
	}

	@Test
	void pureCoresStayPure() {
		noClasses().that()
			.areAnnotatedWith(Pure.class)
			.should()
			.dependOnClassesThat()
			.resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..", "jakarta.servlet..",
					"jakarta.persistence..")
			.because("pure domain logic is plain Java, tested in milliseconds")
			.check(MAIN);
	}

	@Test
	void timeIsJavaTime() {
		noClasses().should()
			.dependOnClassesThat()
			.belongToAnyOf(java.util.Date.class, java.util.Calendar.class, java.sql.Timestamp.class,
					java.sql.Date.class)
			.because("instants are java.time.Instant in UTC, shown in the clinic's zone")
			.check(MAIN);
	}

	@Test
	void generalHygiene() {
		GeneralCodingRules.NO_CLASSES_SHOULD_ACCESS_STANDARD_STREAMS.check(MAIN);
		GeneralCodingRules.NO_CLASSES_SHOULD_USE_JAVA_UTIL_LOGGING.check(MAIN);
		GeneralCodingRules.NO_CLASSES_SHOULD_THROW_GENERIC_EXCEPTIONS.check(MAIN);
	}

}
