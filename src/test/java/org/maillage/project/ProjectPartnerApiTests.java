package org.maillage.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.project.ProjectTestSupport.fixture;
import static org.maillage.project.ProjectTestSupport.token;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.maillage.account.TestAccounts;
import org.maillage.account.UserRef;
import org.maillage.directory.MembershipRole;
import org.maillage.directory.MembershipService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Through the API as on the partners page, only the pilot's admins change a partner's
 * role and contact person or remove it; bad values are explained next to the field, in
 * French.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProjectPartnerApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	ProjectService projects;

	@Test
	void the_pilots_admin_changes_a_partners_role_and_contact_then_removes_it() throws Exception {
		var f = fixture(mvc, context, "PUBLIC");
		String pilot = token(mvc, f.pilot());
		String partner = "/api/v1/projects/" + f.projectId() + "/partners/" + f.partnerId();
		mvc.perform(authorised(put(partner), pilot)
			.content("{\"role\":\"FUNDER\",\"contactName\":\"Sophie Bernard, directrice\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(f.partnerId()))
			.andExpect(jsonPath("$.role").value("FUNDER"))
			.andExpect(jsonPath("$.contactName").value("Sophie Bernard, directrice"));
		Partner stored = partner(f);
		assertThat(stored.role()).isEqualTo(PartnerRole.FUNDER);
		assertThat(stored.contactName()).isEqualTo("Sophie Bernard, directrice");

		mvc.perform(authorised(put(partner), pilot).content("{\"role\":\"OPERATOR\",\"contactName\":\"  \"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.role").value("OPERATOR"))
			.andExpect(jsonPath("$.contactName").doesNotExist());

		mvc.perform(authorised(delete(partner), pilot)).andExpect(status().isNoContent());
		assertThat(TestAccounts.callAs(f.pilot(), () -> projects.open(f.projectId())).project().partner(f.partnerOrg()))
			.isEmpty();
		mvc.perform(authorised(delete(partner), pilot)).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/projects/" + f.projectId() + "/partners"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(1))
			.andExpect(jsonPath("$[0].role").value("PILOT"));
	}

	@Test
	void nobody_but_the_pilots_admins_changes_or_removes_a_partner() throws Exception {
		var f = fixture(mvc, context, "PUBLIC");
		UserRef pilotMember = TestAccounts.create(context);
		TestAccounts.callAs(f.pilot(), () -> {
			context.getBean(MembershipService.class)
				.invite(f.pilotOrg(), pilotMember.email(), null, MembershipRole.MEMBER);
			return null;
		});
		String partner = "/api/v1/projects/" + f.projectId() + "/partners/" + f.partnerId();
		String body = "{\"role\":\"PILOT\",\"contactName\":\"Intrus\"}";
		for (UserRef refused : new UserRef[] { pilotMember, f.partnerAdmin(), f.partnerMember(), f.outsider() }) {
			String token = token(mvc, refused);
			mvc.perform(authorised(put(partner), token).content(body))
				.andExpect(status().isForbidden())
				.andExpect(jsonPath("$.detail").isNotEmpty());
			mvc.perform(authorised(delete(partner), token)).andExpect(status().isForbidden());
		}
		mvc.perform(put(partner).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isUnauthorized());
		mvc.perform(delete(partner)).andExpect(status().isUnauthorized());
		Partner unchanged = partner(f);
		assertThat(unchanged.role()).isEqualTo(PartnerRole.CO_PILOT);
		assertThat(unchanged.contactName()).isNull();
	}

	@Test
	void bad_values_are_refused_next_to_their_field_in_french() throws Exception {
		var f = fixture(mvc, context, "PUBLIC");
		String pilot = token(mvc, f.pilot());
		String partner = "/api/v1/projects/" + f.projectId() + "/partners/" + f.partnerId();
		mvc.perform(authorised(put(partner), pilot).content("{\"role\":\"CHEF\",\"contactName\":\"Sophie\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("Certaines informations sont incorrectes."))
			.andExpect(jsonPath("$.errors.role").value(Matchers.allOf(Matchers.startsWith("Valeur inconnue"),
					Matchers.containsString("CO_PILOT"), Matchers.containsString("FUNDER"))));
		mvc.perform(authorised(put(partner), pilot).content("{\"contactName\":\"Sophie\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.role").value("Choisissez un rôle."));
		mvc.perform(authorised(put(partner), pilot)
			.content("{\"role\":\"FUNDER\",\"contactName\":\"" + "x".repeat(201) + "\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.contactName").value(Matchers.containsString("200 caractères")));
		mvc.perform(authorised(put(partner), pilot).content("{\"role\":"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("JSON")));
		assertThat(partner(f).role()).isEqualTo(PartnerRole.CO_PILOT);
	}

	@Test
	void the_last_pilot_stays_and_unknown_partners_are_not_found() throws Exception {
		var f = fixture(mvc, context, "PUBLIC");
		String pilot = token(mvc, f.pilot());
		long pilotPartner = TestAccounts.callAs(f.pilot(), () -> projects.open(f.projectId()))
			.project()
			.partner(f.pilotOrg())
			.orElseThrow()
			.id();
		String path = "/api/v1/projects/" + f.projectId() + "/partners/";
		mvc.perform(authorised(put(path + pilotPartner), pilot).content("{\"role\":\"OPERATOR\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("Un projet garde au moins un pilote."));
		mvc.perform(authorised(delete(path + pilotPartner), pilot))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("Un projet garde au moins un pilote."));
		mvc.perform(authorised(put(path + 999999999), pilot).content("{\"role\":\"OPERATOR\"}"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("Ce partenaire n'existe pas."));
		mvc.perform(authorised(delete("/api/v1/projects/999999999/partners/" + f.partnerId()), pilot))
			.andExpect(status().isNotFound());
		var hidden = fixture(mvc, context, "PARTNERS");
		mvc.perform(authorised(delete("/api/v1/projects/" + hidden.projectId() + "/partners/" + hidden.partnerId()),
				token(mvc, f.outsider())))
			.andExpect(status().isNotFound());
	}

	@Test
	void the_partners_page_follows_the_same_rules() throws Exception {
		var f = fixture(mvc, context, "PUBLIC");
		String partner = "/projets/" + f.projectId() + "/partenaires/" + f.partnerId();
		mvc.perform(post(partner).with(TestAccounts.as(f.pilot()))
			.with(csrf())
			.param("role", "FUNDER")
			.param("contactName", "x".repeat(201)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", Matchers.containsString("200 caractères")));
		mvc.perform(post(partner).with(TestAccounts.as(f.pilot())).with(csrf()).param("role", "CHEF"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "Choisissez un rôle."));
		assertThat(partner(f).role()).isEqualTo(PartnerRole.CO_PILOT);
		for (UserRef refused : new UserRef[] { f.partnerAdmin(), f.partnerMember(), f.outsider() }) {
			mvc.perform(post(partner + "/retirer").with(TestAccounts.as(refused)).with(csrf()))
				.andExpect(status().isForbidden());
		}
		mvc.perform(post(partner + "/retirer").with(csrf()))
			.andExpect(header().string("Location", Matchers.endsWith("/connexion")));
		assertThat(partner(f).accepted()).isTrue();
		mvc.perform(post(partner + "/retirer").with(TestAccounts.as(f.pilot())).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash", "Le partenaire a été retiré."));
	}

	private MockHttpServletRequestBuilder authorised(MockHttpServletRequestBuilder request, String token) {
		return request.header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON);
	}

	private Partner partner(ProjectTestSupport.Fixture f) {
		return TestAccounts.callAs(f.pilot(), () -> projects.open(f.projectId()))
			.project()
			.partner(f.partnerOrg())
			.orElseThrow();
	}

}
