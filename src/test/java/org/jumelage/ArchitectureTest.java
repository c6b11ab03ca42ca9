package org.jumelage;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.repository.Repository;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;


import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Code-shape rules from CONVENTIONS.md that the compiler does not check. */
@AnalyzeClasses(packages = "org.jumelage", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule no_field_injection = noFields().should().beAnnotatedWith(Autowired.class)
            .because("dependencies come through the constructor into final fields");

    @ArchTest
    static final ArchRule views_never_use_repositories = noClasses().that().areAssignableTo(Component.class)
            .should().dependOnClassesThat().areAssignableTo(Repository.class)
            .because("a view turns an action into a service call");

    @ArchTest
    static final ArchRule views_live_in_ui_packages = classes().that().areAnnotatedWith(Route.class)
            .should().resideInAPackage("..ui..");

    @ArchTest
    static final ArchRule every_route_declares_who_may_open_it = classes().that().areAnnotatedWith(Route.class)
            .should().beAnnotatedWith(RolesAllowed.class).orShould().beAnnotatedWith(PermitAll.class)
            .orShould().beAnnotatedWith(AnonymousAllowed.class);

    @ArchTest
    static final ArchRule injected_fields_are_final = fields().that().areDeclaredInClassesThat()
            .areAnnotatedWith(org.springframework.stereotype.Service.class)
            .and().areNotStatic().should().beFinal();
}
