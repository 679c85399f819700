package org.maillage.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
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
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Sign-up, confirmation by the real mail, login, password reset, e-mail change: as a
 * person does it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class SignupFlowTests extends WithGreenMail {

	private static final String PASSWORD = "une phrase de passe solide";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountDirectory directory;

	@Autowired
	ApplicationContext context;

	@Autowired
	ApplicationEvents events;

	@Test
	void signing_up_then_following_the_mailed_link_lets_the_person_log_in() throws Exception {
		String email = randomEmail();
		mvc.perform(post("/inscription").with(csrf())
			.param("displayName", "Camille Martin")
			.param("email", email.toUpperCase())
			.param("password", PASSWORD)
			.param("passwordConfirmation", PASSWORD)
			.param("terms", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Vérifiez votre messagerie")));

		login(email, PASSWORD).andExpect(redirectedUrl("/connexion?nonconfirme")).andExpect(unauthenticated());

		var mail = awaitMail(email, "confirmez votre adresse");
		assertThat(body(mail)).contains("Bonjour Camille Martin")
			.contains("http://localhost:8080/inscription/confirmer?jeton=");
		String secret = secret(mail, "/inscription/confirmer");

		mvc.perform(get("/inscription/confirmer").param("jeton", secret))
			.andExpect(redirectedUrl("/connexion?confirme"));
		mvc.perform(get("/inscription/confirmer").param("jeton", secret))
			.andExpect(redirectedUrl("/connexion?dejaconfirme"));
		assertThat(events.stream(AccountConfirmed.class).filter(event -> event.email().equals(email))).singleElement()
			.satisfies(event -> assertThat(event.displayName()).isEqualTo("Camille Martin"));

		login(email, PASSWORD).andExpect(redirectedUrl("/")).andExpect(authenticated().withUsername(email));
		login(email, "pas le bon mot de passe").andExpect(redirectedUrl("/connexion?erreur"));
		assertThat(directory.findByEmail(email))
			.hasValueSatisfying(user -> assertThat(user.roles()).containsExactly(Role.MEMBER));
	}

	@Test
	void an_unconfirmed_account_cannot_log_in_and_may_get_the_mail_again() throws Exception {
		String email = randomEmail();
		signUp(email);
		awaitMail(email, "confirmez votre adresse");
		greenMail.purgeEmailFromAllMailboxes();

		login(email, PASSWORD).andExpect(redirectedUrl("/connexion?nonconfirme"));
		mvc.perform(get("/connexion").param("nonconfirme", "").sessionAttr(LoginFailureHandler.LAST_EMAIL, email))
			.andExpect(content().string(Matchers.containsString("pas encore confirmée")))
			.andExpect(content().string(Matchers.containsString("Renvoyer le courriel de confirmation")));

		mvc.perform(post("/inscription/renvoyer").with(csrf()).with(fromOwnIp()).param("email", email))
			.andExpect(redirectedUrl("/connexion"));
		var mail = awaitMail(email, "confirmez votre adresse");
		mvc.perform(get("/inscription/confirmer").param("jeton", secret(mail, "/inscription/confirmer")))
			.andExpect(redirectedUrl("/connexion?confirme"));
	}

	@Test
	void a_taken_email_bad_password_and_missing_consent_are_explained_next_to_the_fields() throws Exception {
		var existing = TestAccounts.create(context);
		mvc.perform(post("/inscription").with(csrf())
			.param("displayName", "Dominique")
			.param("email", existing.email())
			.param("password", "court")
			.param("passwordConfirmation", "autre"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("id=\"password-error\"")))
			.andExpect(content().string(Matchers.containsString("entre 12 et 128 caractères")))
			.andExpect(content().string(Matchers.containsString("accepter les conditions")))
			.andExpect(content().string(Matchers.containsString("value=\"Dominique\"")));
		mvc.perform(post("/inscription").with(csrf())
			.param("displayName", "Dominique")
			.param("email", existing.email())
			.param("password", PASSWORD)
			.param("passwordConfirmation", PASSWORD)
			.param("terms", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Un compte existe déjà avec cette adresse")))
			.andExpect(content().string(Matchers.containsString("id=\"email-error\"")));
	}

	@Test
	void a_forgotten_password_is_replaced_through_a_single_use_link() throws Exception {
		var user = TestAccounts.create(context);
		String unknown = randomEmail();
		var ip = fromOwnIp();
		String known = mvc.perform(post("/mot-de-passe-oublie").with(csrf()).with(ip).param("email", user.email()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String notKnown = mvc.perform(post("/mot-de-passe-oublie").with(csrf()).with(ip).param("email", unknown))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(withoutCsrf(notKnown)).isEqualTo(withoutCsrf(known)).contains("Si un compte correspond");

		var mail = awaitMail(user.email(), "nouveau mot de passe");
		String secret = secret(mail, "/mot-de-passe/nouveau");
		mvc.perform(get("/mot-de-passe/nouveau").param("jeton", secret))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Choisir un nouveau mot de passe")));
		mvc.perform(post("/mot-de-passe/nouveau").with(csrf())
			.param("jeton", secret)
			.param("password", PASSWORD)
			.param("passwordConfirmation", PASSWORD)).andExpect(redirectedUrl("/connexion"));
		mvc.perform(post("/mot-de-passe/nouveau").with(csrf())
			.param("jeton", secret)
			.param("password", "encore un autre mot de passe")
			.param("passwordConfirmation", "encore un autre mot de passe"))
			.andExpect(content().string(Matchers.containsString("plus valable")));

		login(user.email(), TestAccounts.PASSWORD).andExpect(redirectedUrl("/connexion?erreur"));
		login(user.email(), PASSWORD).andExpect(authenticated());
	}

	@Test
	void a_new_email_address_takes_effect_once_confirmed_from_it() throws Exception {
		var user = TestAccounts.create(context);
		String newEmail = randomEmail();
		mvc.perform(post("/compte/courriel").with(TestAccounts.as(user))
			.with(csrf())
			.param("email", newEmail)
			.param("password", "mauvais mot de passe"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Ce mot de passe est incorrect")));
		mvc.perform(post("/compte/courriel").with(TestAccounts.as(user))
			.with(csrf())
			.param("email", newEmail)
			.param("password", TestAccounts.PASSWORD)).andExpect(redirectedUrl("/compte"));
		assertThat(directory.findById(user.id()))
			.hasValueSatisfying(u -> assertThat(u.email()).isEqualTo(user.email()));

		var mail = awaitMail(newEmail, "nouvelle adresse");
		mvc.perform(get("/courriel/confirmer").param("jeton", secret(mail, "/courriel/confirmer")))
			.andExpect(redirectedUrl("/connexion"));
		assertThat(directory.findById(user.id())).hasValueSatisfying(u -> assertThat(u.email()).isEqualTo(newEmail));
		awaitMail(user.email(), "a changé");
		login(newEmail, TestAccounts.PASSWORD).andExpect(authenticated());
	}

	@Test
	void changing_the_password_asks_for_the_current_one() throws Exception {
		var user = TestAccounts.create(context);
		mvc.perform(post("/compte/mot-de-passe").with(TestAccounts.as(user))
			.with(csrf())
			.param("currentPassword", "faux mot de passe")
			.param("password", PASSWORD)
			.param("passwordConfirmation", PASSWORD))
			.andExpect(content().string(Matchers.containsString("id=\"currentPassword-error\"")));
		mvc.perform(post("/compte/mot-de-passe").with(TestAccounts.as(user))
			.with(csrf())
			.param("currentPassword", TestAccounts.PASSWORD)
			.param("password", PASSWORD)
			.param("passwordConfirmation", PASSWORD)).andExpect(redirectedUrl("/compte"));
		login(user.email(), PASSWORD).andExpect(authenticated());
	}

	private static String withoutCsrf(String page) {
		return page.replaceAll("<meta name=\"_csrf\" content=\"[^\"]*\">", "");
	}

	private void signUp(String email) throws Exception {
		mvc.perform(post("/inscription").with(csrf())
			.param("displayName", "Alex Durand")
			.param("email", email)
			.param("password", PASSWORD)
			.param("passwordConfirmation", PASSWORD)
			.param("terms", "true")).andExpect(status().isOk());
	}

	private ResultActions login(String email, String password) throws Exception {
		return mvc.perform(
				post("/connexion").with(csrf()).with(fromOwnIp()).param("email", email).param("password", password));
	}

}
