package org.maillage.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * MAILLAGE_ADMIN_EMAIL / MAILLAGE_ADMIN_PASSWORD create the first administrator at
 * start-up.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = {
		"spring.datasource.url=jdbc:h2:mem:first-admin-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"maillage.admin.email=Responsable@Reseau.fr", "maillage.admin.password=mot de passe de départ" })
class FirstAdministratorTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountDirectory directory;

	@Test
	void the_administrator_from_the_environment_exists_is_confirmed_and_logs_in() throws Exception {
		assertThat(directory.findByEmail("responsable@reseau.fr"))
			.hasValueSatisfying(admin -> assertThat(admin.isAdmin()).isTrue());
		mvc.perform(get("/installation")).andExpect(status().isNotFound());
		mvc.perform(post("/connexion").with(csrf())
			.param("email", "responsable@reseau.fr")
			.param("password", "mot de passe de départ")).andExpect(authenticated().withRoles("MEMBER", "ADMIN"));
	}

}
