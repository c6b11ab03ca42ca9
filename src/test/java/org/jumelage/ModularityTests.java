package org.jumelage;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Each feature package is a module; modules use only each other's public API, without cycles. */
class ModularityTests {

    static final ApplicationModules MODULES = ApplicationModules.of(JumelageApplication.class);

    @Test
    void modules_respect_their_boundaries() {
        MODULES.verify();
    }

    @Test
    void module_documentation_is_written() {
        new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
