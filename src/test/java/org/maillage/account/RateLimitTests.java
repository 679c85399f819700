package org.maillage.account;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
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
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Password guessing and mail bombing are slowed down, per account and per IP. */
@SpringBootTest
@AutoConfigureMockMvc
class RateLimitTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void the_sixth_login_attempt_in_a_minute_on_one_account_is_refused_even_with_the_right_password() throws Exception {
		var user = TestAccounts.create(context);
		for (int i = 0; i < 5; i++) {
			login(user.email(), "mauvais mot de passe " + i, WithGreenMail.fromOwnIp())
				.andExpect(redirectedUrl("/connexion?erreur"));
		}
		login(user.email(), TestAccounts.PASSWORD, WithGreenMail.fromOwnIp())
			.andExpect(redirectedUrl("/connexion?limite"));
		mvc.perform(get("/connexion").param("limite", ""))
			.andExpect(content().string(Matchers.containsString("Trop de tentatives de connexion")));
	}

	@Test
	void one_ip_gets_twenty_login_attempts_a_minute_whatever_the_accounts() throws Exception {
		var ip = WithGreenMail.fromOwnIp();
		for (int i = 0; i < 20; i++) {
			login(WithGreenMail.randomEmail(), "mot de passe quelconque", ip)
				.andExpect(redirectedUrl("/connexion?erreur"));
		}
		login(WithGreenMail.randomEmail(), "mot de passe quelconque", ip).andExpect(redirectedUrl("/connexion?limite"));
	}

	@Test
	void the_fourth_reset_request_in_an_hour_for_one_address_gets_a_429_with_an_explanation() throws Exception {
		var user = TestAccounts.create(context);
		for (int i = 0; i < 3; i++) {
			mvc.perform(post("/mot-de-passe-oublie").with(csrf())
				.with(WithGreenMail.fromOwnIp())
				.param("email", user.email())).andExpect(status().isOk());
		}
		mvc.perform(post("/mot-de-passe-oublie").with(csrf())
			.with(WithGreenMail.fromOwnIp())
			.param("email", user.email().toUpperCase()))
			.andExpect(status().isTooManyRequests())
			.andExpect(content().string(Matchers.containsString("Trop de demandes")));
	}

	@Test
	void an_ip_trying_many_wrong_api_tokens_gets_a_429() throws Exception {
		var ip = WithGreenMail.fromOwnIp();
		for (int i = 0; i < 30; i++) {
			mvc.perform(get("/api/v1/me").with(ip).header("Authorization", "Bearer mlg_faux" + i))
				.andExpect(status().isUnauthorized());
		}
		mvc.perform(get("/api/v1/me").with(ip).header("Authorization", "Bearer mlg_faux"))
			.andExpect(status().isTooManyRequests());
	}

	private org.springframework.test.web.servlet.ResultActions login(String email, String password,
			RequestPostProcessor ip) throws Exception {
		return mvc.perform(post("/connexion").with(csrf()).with(ip).param("email", email).param("password", password));
	}

}
