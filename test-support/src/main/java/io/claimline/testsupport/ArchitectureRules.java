package io.claimline.testsupport;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * The layering every service keeps (style.md): feature packages split into api, command, query, web and
 * integration; time only from the injected Clock. Each service runs these against its own classes.
 */
public final class ArchitectureRules {

    private ArchitectureRules() {
    }

    public static void check(String basePackage) {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage);
        rules(basePackage).forEach(rule -> rule.check(classes));
    }

    static List<ArchRule> rules(String base) {
        return List.of(
                noClasses().that().resideInAPackage("..command..")
                        .should().dependOnClassesThat().resideInAnyPackage(base + "..query..", base + "..web..",
                                base + "..integration..")
                        .because("decisions must not depend on how they are read, shown or published")
                        .allowEmptyShould(true),
                noClasses().that().resideInAPackage("..query..")
                        .should().dependOnClassesThat().resideInAnyPackage(base + "..command..", base + "..web..")
                        .allowEmptyShould(true),
                classes().that().resideInAPackage("..api..")
                        .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "..api..",
                                "org.axonframework.modelling.command..", "org.axonframework.serialization..",
                                "io.claimline.platform.kernel..", "io.claimline.platform.phi..")
                        .because("commands and events are plain records a framework move must not touch")
                        .allowEmptyShould(true),
                noClasses().should().callMethod(Instant.class, "now")
                        .orShould().callMethod(LocalDate.class, "now")
                        .orShould().callMethod(LocalDateTime.class, "now")
                        .orShould().callMethod(OffsetDateTime.class, "now")
                        .orShould().callMethod(ZonedDateTime.class, "now")
                        .orShould().callMethod(System.class, "currentTimeMillis")
                        .because("time comes from the injected Clock, so tests and replays can fix it"));
    }
}
