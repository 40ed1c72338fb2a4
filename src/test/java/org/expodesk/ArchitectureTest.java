package org.expodesk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

/** Views talk to services (only the security configuration names the login view), never to repositories or entities: rules live in services, where they are checked and secured. */
class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.expodesk");

    @Test
    void views_do_not_use_repositories() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .check(classes);
    }

    @Test
    void views_do_not_use_entities_or_anything_in_domain_packages() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().resideInAPackage("..domain..")
                .andShould().dependOnClassesThat().areAnnotatedWith(jakarta.persistence.Entity.class)
                .check(classes);
    }

    @Test
    void services_do_not_depend_on_views() {
        noClasses().that().resideOutsideOfPackage("..ui..").and().resideOutsideOfPackage("org.expodesk.shared..")
                .and().areNotAnnotatedWith(org.springframework.context.annotation.Configuration.class)
                .should().dependOnClassesThat().resideInAPackage("..ui..")
                .check(classes);
    }
}
