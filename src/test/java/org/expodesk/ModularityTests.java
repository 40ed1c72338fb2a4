package org.expodesk;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Feature modules depend on each other only through their root packages, and without cycles. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(ExpoDeskApplication.class);

    @Test
    void modules_respect_their_boundaries() {
        modules.verify();
    }

    @Test
    void module_overview_is_written_for_the_docs() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
