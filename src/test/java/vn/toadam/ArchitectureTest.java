package vn.toadam;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.toadam.live.LiveBroadcaster;

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

    private static final DescribedPredicate<JavaClass> servicesAndAfterCommitRelays = DescribedPredicate.describe(
            "services and after-commit relays", c -> c.isAnnotatedWith(Service.class)
                    || c.getMethods().stream().anyMatch(m -> m.isAnnotatedWith(TransactionalEventListener.class)));

    @ArchTest
    static final ArchRule onlyServicesPublishLiveEvents = noClasses()
            .that(DescribedPredicate.not(servicesAndAfterCommitRelays))
            .and().resideOutsideOfPackage("vn.toadam.live..")
            .should().callMethod(LiveBroadcaster.class, "publish", String.class, Object.class)
            .because("a change is checked and committed by a service before any screen hears of it; views subscribe");

    @ArchTest
    static final ArchRule featuresAreFreeOfCycles = slices().matching("vn.toadam.(*)..").should().beFreeOfCycles();
}
