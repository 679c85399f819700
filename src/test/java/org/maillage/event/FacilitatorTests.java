package org.maillage.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.maillage.account.TestAccounts;
import org.maillage.directory.MembershipRole;
import org.maillage.directory.MembershipService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Facilitators picked in the directory among the organising organisation's members,
 * linked to their public profile, besides free names.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FacilitatorTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	MembershipService memberships;

	@Test
	void the_organiser_picks_colleagues_as_facilitators_but_not_people_of_other_organisations() throws Exception {
		var organiser = TestAccounts.create(context);
		var colleague = TestAccounts.create(context);
		var stranger = TestAccounts.create(context);
		long organisationId = EventTestSupport.organisationOf(context, organiser);
		EventTestSupport.organisationOf(context, stranger);
		TestAccounts.callAs(organiser, () -> {
			memberships.invite(organisationId, colleague.email(), "Chargée de mission", MembershipRole.MEMBER);
			return null;
		});
		Event event = EventTestSupport.event(context, organiser,
				EventTestSupport.command(organisationId, 15, RegistrationMode.INDIVIDUAL, 1, 1));
		String edit = "/agenda/" + event.id() + "/modifier";

		mvc.perform(get(edit).with(TestAccounts.as(organiser)))
			.andExpect(content().string(Matchers.containsString("value=\"" + colleague.id() + "\"")))
			.andExpect(content().string(Matchers.not(Matchers.containsString("value=\"" + stranger.id() + "\""))));

		// someone who is not a member of the organising organisation is refused next to
		// the field, the rest of the input kept
		mvc.perform(form(edit, organisationId, 0).with(TestAccounts.as(organiser))
			.param("facilitatorIds", String.valueOf(stranger.id())))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("id=\"facilitatorIds-error\"")))
			.andExpect(content().string(Matchers.containsString("membres de l&#39;organisation qui organise")))
			.andExpect(content().string(Matchers.containsString("value=\"Journ&eacute;e des animateurs\"")));
		// another member may not change them
		mvc.perform(form(edit, organisationId, 0).with(TestAccounts.as(stranger))
			.param("facilitatorIds", String.valueOf(stranger.id()))).andExpect(status().isForbidden());

		mvc.perform(form(edit, organisationId, 0).with(TestAccounts.as(organiser))
			.param("facilitatorIds", String.valueOf(colleague.id()))
			.param("facilitators", "Dominique Libre")).andExpect(status().is3xxRedirection());
		String page = mvc.perform(get("/agenda/" + event.id()).with(TestAccounts.as(stranger)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("href=\"/annuaire/personnes/" + colleague.id() + "\"", colleague.displayName(),
				"Dominique Libre");
		assertThat(
				mvc.perform(get(edit).with(TestAccounts.as(organiser))).andReturn().getResponse().getContentAsString())
			.containsPattern(
					"value=\"" + colleague.id() + "\" id=\"facilitatorIds\\d+\" name=\"facilitatorIds\" checked");
	}

	static MockHttpServletRequestBuilder form(String path, long organisationId, long version) {
		return post(path).with(csrf())
			.param("title", "Journée des animateurs")
			.param("format", "PRACTICE_DAY")
			.param("day", LocalDate.now().plusDays(30).toString())
			.param("startTime", "9:30")
			.param("endTime", "17:00")
			.param("organisationId", String.valueOf(organisationId))
			.param("capacity", "15")
			.param("mode", "INDIVIDUAL")
			.param("version", String.valueOf(version))
			.param("_facilitatorIds", "on");
	}

}
