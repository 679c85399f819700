package org.maillage.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A fresh instance (its own empty database) offers the one-time setup page, and only
 * once.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestPropertySource(properties = {
		"spring.datasource.url=jdbc:h2:mem:setup-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"maillage.admin.email=", "maillage.admin.password=" })
class InstallationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountDirectory directory;

	@Test
	void the_setup_page_creates_the_first_administrator_then_disappears() throws Exception {
		mvc.perform(get("/connexion")).andExpect(content().string(Matchers.containsString("href=\"/installation\"")));
		mvc.perform(get("/installation"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("pas encore d’administrateur")));
		mvc.perform(post("/installation").with(csrf())
			.param("displayName", "Admin")
			.param("email", "admin@exemple.fr")
			.param("password", "court")
			.param("passwordConfirmation", "court"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("id=\"password-error\"")));
		assertThat(directory.findByEmail("admin@exemple.fr")).isEmpty();

		mvc.perform(post("/installation").with(csrf())
			.param("displayName", "Claude Admin")
			.param("email", "Admin@Exemple.fr")
			.param("password", "un mot de passe d'administration")
			.param("passwordConfirmation", "un mot de passe d'administration")).andExpect(redirectedUrl("/connexion"));
		assertThat(directory.findByEmail("admin@exemple.fr"))
			.hasValueSatisfying(admin -> assertThat(admin.isAdmin()).isTrue());

		mvc.perform(get("/installation")).andExpect(status().isNotFound());
		mvc.perform(post("/installation").with(csrf())
			.param("displayName", "Intrus")
			.param("email", "intrus@exemple.fr")
			.param("password", "un mot de passe d'intrusion")
			.param("passwordConfirmation", "un mot de passe d'intrusion")).andExpect(status().isNotFound());
		assertThat(directory.findByEmail("intrus@exemple.fr")).isEmpty();
		mvc.perform(get("/connexion"))
			.andExpect(content().string(Matchers.not(Matchers.containsString("href=\"/installation\""))));

		mvc.perform(post("/connexion").with(csrf())
			.param("email", "admin@exemple.fr")
			.param("password", "un mot de passe d'administration"))
			.andExpect(authenticated().withRoles("MEMBER", "ADMIN"));
	}

}
