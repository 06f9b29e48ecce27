package vn.toadam;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Service;

@AnalyzeClasses(packages = "vn.toadam", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule onlyLiveUsesCollaborationKit = noClasses()
            .that().resideOutsideOfPackage("vn.toadam.live..")
            .should().dependOnClassesThat().resideInAPackage("com.vaadin.collaborationengine..")
            .because("Collaboration Kit is deprecated from Vaadin 25.3: one package to replace, not the whole app");

    @ArchTest
    static final ArchRule servicesAreFreeOfUi = classes()
            .that().areAnnotatedWith(Service.class)
            .should().onlyDependOnClassesThat().resideOutsideOfPackages(
                    "com.vaadin.flow.component..", "com.vaadin.flow.router..", "vn.toadam..ui..")
            .because("views call services, never the other way round");

    @ArchTest
    static final ArchRule domainPackagesDoNotUseViews = noClasses()
            .that().resideInAnyPackage("vn.toadam.workshop", "vn.toadam.board", "vn.toadam.security", "vn.toadam.live")
            .and().areNotAnnotatedWith(Configuration.class)
            .should().dependOnClassesThat().resideInAPackage("vn.toadam..ui..");

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = slices().matching("vn.toadam.(*)..").should().beFreeOfCycles();
}
