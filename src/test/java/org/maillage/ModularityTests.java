package org.maillage;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * A wrong arrow between modules fails the build; the module diagram is written to the
 * docs.
 */
class ModularityTests {

	static final ApplicationModules modules = ApplicationModules.of(MaillageApplication.class);

	@Test
	void modules_only_use_each_others_public_api() {
		modules.verify();
	}

	@Test
	void writes_the_module_documentation() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
