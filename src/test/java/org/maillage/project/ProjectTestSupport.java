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

	/**
	 * A project led by the pilot's organisation with one accepted co-pilot (whose admin
	 * and member are given) and one outsider who belongs to another organisation.
	 */
	record Fixture(UserRef pilot, UserRef partnerAdmin, UserRef partnerMember, UserRef outsider, long pilotOrg,
			long partnerOrg, long outsiderOrg, long projectId, long partnerId) {
	}

	static Fixture fixture(MockMvc mvc, org.springframework.context.ApplicationContext context, String visibility)
			throws Exception {
		UserRef pilot = TestAccounts.create(context);
		UserRef partnerAdmin = TestAccounts.create(context);
		UserRef partnerMember = TestAccounts.create(context);
		UserRef outsider = TestAccounts.create(context);
		long pilotOrg = organisation(mvc, pilot, unique("Parc"));
		long partnerOrg = organisation(mvc, partnerAdmin, unique("Communauté de communes"));
		long outsiderOrg = organisation(mvc, outsider, unique("Association voisine"));
		var memberships = context.getBean(org.maillage.directory.MembershipService.class);
		TestAccounts.callAs(partnerAdmin, () -> {
			memberships.invite(partnerOrg, partnerMember.email(), null, org.maillage.directory.MembershipRole.MEMBER);
			return null;
		});
		long projectId = project(mvc, pilot, pilotOrg, unique("Projet"),
				Map.of("visibility", visibility, "status", "RUNNING"));
		invite(mvc, pilot, projectId, partnerOrg, "CO_PILOT");
		var projects = context.getBean(ProjectService.class);
		long partnerId = TestAccounts.callAs(pilot, () -> projects.open(projectId))
			.project()
			.partner(partnerOrg)
			.orElseThrow()
			.id();
		TestAccounts.callAs(partnerAdmin, () -> {
			projects.answer(projectId, partnerId, true);
			return null;
		});
		return new Fixture(pilot, partnerAdmin, partnerMember, outsider, pilotOrg, partnerOrg, outsiderOrg, projectId,
				partnerId);
	}

	/**
	 * An action created through the service, due on {@code due}, for {@code responsible}.
	 */
	static Action action(org.springframework.context.ApplicationContext context, UserRef as, long projectId,
			String title, Long organisationId, Long userId, java.time.LocalDate start, java.time.LocalDate due) {
		var plans = context.getBean(ActionPlanService.class);
		return TestAccounts.callAs(as, () -> plans.createAction(projectId,
				new ActionCommand(title, null, null, organisationId, userId, start, due, null, null, null)));
	}

	/** A personal access token of {@code user} for the API, made on the account page. */
	static String token(MockMvc mvc, UserRef user) throws Exception {
		String page = mvc
			.perform(post("/compte/jetons").with(TestAccounts.as(user)).with(csrf()).param("name", "jeton projets"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		var matcher = Pattern.compile("value=\"(mlg_[A-Za-z0-9_-]+)\"").matcher(page);
		assertThat(matcher.find()).isTrue();
		return matcher.group(1);
	}

	static long idIn(String location, String regex) {
		var matcher = Pattern.compile(regex).matcher(location == null ? "" : location);
		assertThat(matcher.find()).as("redirected to " + location).isTrue();
		return Long.parseLong(matcher.group(1));
	}

}
