package org.maillage.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.maillage.account.TestAccounts;
import org.maillage.account.UserRef;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Sets up what the project scenarios need the way people do it: organisations created in
 * the directory (the creator is their admin), projects created and partners invited
 * through the pages.
 */
final class ProjectTestSupport {

	private ProjectTestSupport() {
	}

	static String unique(String prefix) {
		return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	/** An organisation created by {@code admin} through the directory form. */
	static long organisation(MockMvc mvc, UserRef admin, String name) throws Exception {
		String location = mvc
			.perform(post("/annuaire/organisations/nouvelle").with(TestAccounts.as(admin))
				.with(csrf())
				.param("name", name)
				.param("kind", "ASSOCIATION")
				.param("confirmDuplicates", "true"))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return idIn(location, "/annuaire/organisations/(\\d+)$");
	}

	/** A project led by {@code leadId}, created by {@code pilot} through the form. */
	static long project(MockMvc mvc, UserRef pilot, long leadId, String title, Map<String, String> fields)
			throws Exception {
		MockHttpServletRequestBuilder request = post("/projets/nouveau").with(TestAccounts.as(pilot))
			.with(csrf())
			.param("title", title)
			.param("leadOrganisationId", String.valueOf(leadId));
		fields.forEach(request::param);
		var response = mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus())
			.as(response.getContentAsString().lines().filter(l -> l.contains("field-error")).reduce("", String::concat))
			.isEqualTo(302);
		String location = response.getRedirectedUrl();
		return idIn(location, "/projets/(\\d+)$");
	}

	static void invite(MockMvc mvc, UserRef pilot, long projectId, long organisationId, String role) throws Exception {
		mvc.perform(post("/projets/" + projectId + "/partenaires").with(TestAccounts.as(pilot))
			.with(csrf())
			.param("organisationId", String.valueOf(organisationId))
			.param("role", role)).andExpect(status().is3xxRedirection());
	}

	static long idIn(String location, String regex) {
		var matcher = Pattern.compile(regex).matcher(location == null ? "" : location);
		assertThat(matcher.find()).as("redirected to " + location).isTrue();
		return Long.parseLong(matcher.group(1));
	}

}
