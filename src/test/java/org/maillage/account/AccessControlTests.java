package org.maillage.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.regex.Pattern;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.maillage.common.ForbiddenException;

/** Who may do what: CSRF, URL rules, service checks, and the token-only API. */
@SpringBootTest
@AutoConfigureMockMvc
class AccessControlTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	AdminUserService adminUsers;

	@Test
	void a_form_posted_without_its_csrf_token_is_refused() throws Exception {
		var user = TestAccounts.create(context);
		mvc.perform(post("/compte/nom").with(TestAccounts.as(user)).param("displayName", "Pirate"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/connexion").param("email", user.email()).param("password", TestAccounts.PASSWORD))
			.andExpect(status().isForbidden());
		assertThat(context.getBean(AccountDirectory.class).findById(user.id()).orElseThrow().displayName())
			.isNotEqualTo("Pirate");
	}

	@Test
	void anonymous_visitors_are_sent_to_the_login_page_for_the_account_area() throws Exception {
		mvc.perform(get("/compte"))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", Matchers.endsWith("/connexion")));
		mvc.perform(get("/compte/jetons")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/connexion"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("name=\"remember-me\"")));
	}

	@Test
	void a_member_is_refused_every_admin_page_and_action() throws Exception {
		var member = TestAccounts.create(context);
		var other = TestAccounts.create(context);
		var as = TestAccounts.as(member);
		for (String page : new String[] { "/admin", "/admin/utilisateurs", "/admin/utilisateurs/" + other.id(),
				"/admin/courriels" }) {
			mvc.perform(get(page).with(as)).andExpect(status().isForbidden());
		}
		mvc.perform(post("/admin/utilisateurs/{id}/roles", other.id()).with(as)
			.with(csrf())
			.param("roles", "ADMIN")
			.param("version", "0")).andExpect(status().isForbidden());
		mvc.perform(post("/admin/utilisateurs/{id}/desactiver", other.id()).with(as).with(csrf()).param("version", "0"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/admin/utilisateurs/{id}/activer", other.id()).with(as).with(csrf()).param("version", "0"))
			.andExpect(status().isForbidden());
		var animator = TestAccounts.create(context, Role.ANIMATOR);
		mvc.perform(post("/admin/utilisateurs/{id}/roles", other.id()).with(TestAccounts.as(animator))
			.with(csrf())
			.param("roles", "ADMIN")
			.param("version", "0")).andExpect(status().isForbidden());
		assertThat(context.getBean(AccountDirectory.class).findById(other.id()).orElseThrow().roles())
			.containsExactly(Role.MEMBER);
	}

	@Test
	void the_admin_service_itself_refuses_a_non_admin() {
		var member = TestAccounts.create(context, Role.ANIMATOR);
		var other = TestAccounts.create(context);
		var principal = AccountPrincipal.of(member);
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		try {
			assertThatThrownBy(() -> adminUsers.changeRoles(other.id(), Set.of(Role.ADMIN), 0))
				.isInstanceOf(ForbiddenException.class);
			assertThatThrownBy(() -> adminUsers.disable(other.id(), 0)).isInstanceOf(ForbiddenException.class);
			assertThatThrownBy(() -> adminUsers.search(null, 0)).isInstanceOf(ForbiddenException.class);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	@Test
	void an_admin_changes_roles_and_disables_an_account_which_then_cannot_log_in() throws Exception {
		var admin = TestAccounts.create(context, Role.ADMIN);
		var other = TestAccounts.create(context);
		var as = TestAccounts.as(admin);
		mvc.perform(get("/admin/utilisateurs").with(as).param("q", other.email().toUpperCase()))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(other.displayName())));
		mvc.perform(post("/admin/utilisateurs/{id}/roles", other.id()).with(as)
			.with(csrf())
			.param("roles", "ANIMATOR")
			.param("version", "0")).andExpect(redirectedUrl("/admin/utilisateurs/" + other.id()));
		var directory = context.getBean(AccountDirectory.class);
		assertThat(directory.findById(other.id()).orElseThrow().roles()).containsExactlyInAnyOrder(Role.MEMBER,
				Role.ANIMATOR);
		mvc.perform(post("/admin/utilisateurs/{id}/desactiver", other.id()).with(as).with(csrf()).param("version", "0"))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attributeExists("refusal"));
		mvc.perform(post("/admin/utilisateurs/{id}/desactiver", other.id()).with(as).with(csrf()).param("version", "1"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/connexion").with(csrf())
			.with(WithGreenMail.fromOwnIp())
			.param("email", other.email())
			.param("password", TestAccounts.PASSWORD)).andExpect(redirectedUrl("/connexion?desactive"));
		mvc.perform(get("/compte").with(TestAccounts.as(other))).andExpect(status().is3xxRedirection());
	}

	@Test
	void the_api_wants_a_valid_personal_access_token() throws Exception {
		var user = TestAccounts.create(context);
		mvc.perform(get("/api/v1/me"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail", Matchers.containsString("jeton d’accès")));
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer mlg_inconnu"))
			.andExpect(status().isUnauthorized());

		String token = createToken(user, "script de test");
		assertThat(token).startsWith("mlg_").hasSizeGreaterThanOrEqualTo(36);
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.email").value(user.email()))
			.andExpect(jsonPath("$.roles[0]").value("MEMBER"));
		mvc.perform(get("/compte/jetons").with(TestAccounts.as(user)))
			.andExpect(content().string(Matchers.containsString("script de test")))
			.andExpect(content().string(Matchers.not(Matchers.containsString(token))));

		// revoking someone else's token is refused
		long tokenId = context.getBean(PersonalAccessTokenRepository.class)
			.findByUserIdOrderByCreatedAtDescIdDesc(user.id())
			.getFirst()
			.id();
		var intruder = TestAccounts.create(context);
		mvc.perform(post("/compte/jetons/{id}/revoquer", tokenId).with(TestAccounts.as(intruder)).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token)).andExpect(status().isOk());

		mvc.perform(post("/compte/jetons/{id}/revoquer", tokenId).with(TestAccounts.as(user)).with(csrf()))
			.andExpect(redirectedUrl("/compte/jetons"));
		mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail", Matchers.containsString("révoqué")));
	}

	@Test
	void public_api_reads_need_no_token_but_writes_do() throws Exception {
		mvc.perform(get("/api/v1/territories"))
			.andExpect(result -> assertThat(result.getResponse().getStatus()).isNotIn(401, 403));
		mvc.perform(get("/v3/api-docs"))
			.andExpect(result -> assertThat(result.getResponse().getStatus()).isNotIn(401, 403));
		mvc.perform(post("/api/v1/organisations").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void an_expiry_date_in_the_past_is_refused_next_to_the_field() throws Exception {
		var user = TestAccounts.create(context);
		mvc.perform(post("/compte/jetons").with(TestAccounts.as(user))
			.with(csrf())
			.param("name", "ancien")
			.param("expiresOn", "2001-01-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("id=\"expiresOn-error\"")));
		mvc.perform(post("/compte/jetons").with(TestAccounts.as(user))
			.with(csrf())
			.param("name", "ancien")
			.param("expiresOn", "pas une date"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("id=\"expiresOn-error\"")));
	}

	private String createToken(UserRef user, String name) throws Exception {
		String page = mvc.perform(post("/compte/jetons").with(TestAccounts.as(user)).with(csrf()).param("name", name))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		var matcher = Pattern.compile("value=\"(mlg_[A-Za-z0-9_-]+)\"").matcher(page);
		assertThat(matcher.find()).as("token shown once on the page").isTrue();
		return matcher.group(1);
	}

}
