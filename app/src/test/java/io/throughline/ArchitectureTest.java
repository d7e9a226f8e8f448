package io.throughline;

import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.axonframework.spring.stereotype.Aggregate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;

import java.lang.annotation.Annotation;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noCodeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMembers;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The boundaries of the fixed architecture, checked on the compiled classes of every module. */
@AnalyzeClasses(packages = "io.throughline", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule kernelIsPlainJava = classes().that().resideInAPackage("io.throughline.kernel..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("io.throughline.kernel..", "java..",
                    "org.axonframework.modelling.command..")
            .because("the shared kernel is the language both sides speak: records and the JDK, no framework");

    @ArchTest
    static final ArchRule readSideNeverReachesIntoTheWriteSide = noClasses().that().resideInAPackage("io.throughline.query..")
            .should().dependOnClassesThat().resideInAPackage("io.throughline.command..");

    @ArchTest
    static final ArchRule writeSideNeverReadsTheReadModels = noClasses().that().resideInAPackage("io.throughline.command..")
            .should().dependOnClassesThat().resideInAPackage("io.throughline.query..")
            .because("rules are checked against the event-sourced state, never against read models that may lag");

    @ArchTest
    static final ArchRule controllersTalkToTheDomainOnlyThroughGateways = noClasses()
            .that().areMetaAnnotatedWith(Controller.class)
            .should().dependOnClassesThat().areAnnotatedWith(Aggregate.class)
            .orShould().dependOnClassesThat().areAssignableTo(org.axonframework.modelling.command.Repository.class)
            .orShould().dependOnClassesThat().areAssignableTo(org.springframework.data.repository.Repository.class)
            .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Projection");

    @ArchTest
    static final ArchRule pagesSendCommandsOnlyThroughTheGateway = noClasses().that().resideInAPackage("io.throughline.web..")
            .should().dependOnClassesThat().resideInAPackage("io.throughline.command..")
            .because("a page runs where the command side may not (roles): it reaches the domain through Axon's gateways");

    @ArchTest
    static final ArchRule everyComponentIsScannedByARole = classes().that().areMetaAnnotatedWith(Component.class)
            .and().resideOutsideOfPackages("io.throughline", "io.throughline.roles")
            .should().resideInAnyPackage("io.throughline.command..", "io.throughline.query..", "io.throughline.web..",
                    "io.throughline.actor..", "io.throughline.apidoc..", "io.throughline.json..",
                    "io.throughline.nudge..", "io.throughline.operations..", "io.throughline.requests..", "io.throughline.security..",
                    "io.throughline.storage..")
            .because("the application scans only the packages its roles name (io.throughline.roles): a component "
                    + "anywhere else would silently never be created");

    private static final String BOUND_SETTINGS = "settings are bound by @ConfigurationProperties records, which hold "
            + "each default in one place and document it in the configuration metadata (ConfigurationMetadataTest)";

    @ArchTest
    static final ArchRule noMemberIsInjectedASetting = noMembers().should().beAnnotatedWith(Value.class)
            .because(BOUND_SETTINGS);

    @ArchTest
    static final ArchRule noParameterIsInjectedASetting = noCodeUnits().should(takeAParameterAnnotatedWith(Value.class))
            .because(BOUND_SETTINGS);

    /** A feature may use another (a plan shows priorities); two features that use each other are one feature. */
    @ArchTest
    static final ArchRule featuresOfTheSharedKernelFormNoCycle = slices().matching("io.throughline.kernel.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule featuresOfTheCommandSideFormNoCycle = slices().matching("io.throughline.command.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule featuresOfTheQuerySideFormNoCycle = slices().matching("io.throughline.query.(*)..")
            .should().beFreeOfCycles();

    @ArchTest
    static final ArchRule partsOfTheApplicationFormNoCycle = slices().matching("io.throughline.(*)..")
            .should().beFreeOfCycles();

    private static ArchCondition<JavaCodeUnit> takeAParameterAnnotatedWith(Class<? extends Annotation> annotation) {
        return new ArchCondition<>("take a parameter annotated with @" + annotation.getSimpleName()) {
            @Override
            public void check(JavaCodeUnit codeUnit, ConditionEvents events) {
                codeUnit.getParameters().stream().filter(parameter -> parameter.isAnnotatedWith(annotation))
                        .forEach(parameter -> events.add(SimpleConditionEvent.satisfied(codeUnit,
                                parameter.getDescription() + " is annotated with @" + annotation.getSimpleName())));
            }
        };
    }
}
