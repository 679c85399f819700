package org.maillage.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.maillage.account.Role;
import org.maillage.account.TestAccounts;
import org.maillage.directory.MembershipRole;
import org.maillage.directory.MembershipService;
import org.maillage.directory.PersonProfileService;
import org.maillage.directory.Visibility;
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

	@Autowired
	PersonProfileService profiles;

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

	@Test
	void an_animator_editing_an_event_of_another_organisation_keeps_its_organiser_and_facilitators() throws Exception {
		var organiser = TestAccounts.create(context);
		var colleague = TestAccounts.create(context);
		var discreet = TestAccounts.create(context);
		var animator = TestAccounts.create(context, Role.ANIMATOR);
		long organisationId = EventTestSupport.organisationOf(context, organiser);
		long animatorsOwn = EventTestSupport.organisationOf(context, animator);
		for (var person : List.of(colleague, discreet)) {
			TestAccounts.callAs(organiser, () -> {
				memberships.invite(organisationId, person.email(), null, MembershipRole.MEMBER);
				return null;
			});
		}
		// a profile nobody else may see: the form cannot offer it, saving must not drop
		// it
		TestAccounts.callAs(discreet, () -> {
			profiles.update(null, null, Visibility.HIDDEN);
			return null;
		});
		Event event = TestAccounts.callAs(organiser,
				() -> context.getBean(EventService.class)
					.create(EventTestSupport.command(organisationId, 15, RegistrationMode.INDIVIDUAL, 1, 1),
							List.of(colleague.id(), discreet.id())));
		String edit = "/agenda/" + event.id() + "/modifier";

		String form = mvc.perform(get(edit).with(TestAccounts.as(animator)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(form).containsPattern("<option value=\"" + organisationId + "\" selected=\"selected\">")
			.contains("<option value=\"" + animatorsOwn + "\">")
			.containsPattern(
					"value=\"" + colleague.id() + "\" id=\"facilitatorIds\\d+\" name=\"facilitatorIds\" checked")
			.doesNotContain("value=\"" + discreet.id() + "\"");

		// the animator saves what the form offered: the organiser and both facilitators
		// stay
		mvc.perform(form(edit, organisationId, event.version()).with(TestAccounts.as(animator))
			.param("facilitatorIds", String.valueOf(colleague.id()))).andExpect(status().is3xxRedirection());
		Event saved = TestAccounts.callAs(organiser, () -> context.getBean(EventService.class).get(event.id()));
		assertThat(saved.organisationId()).isEqualTo(organisationId);
		assertThat(saved.title()).isEqualTo("Journée des animateurs");
		assertThat(saved.facilitatorPeople()).containsExactly(colleague.id(), discreet.id());

		// unticking the visible colleague removes them only
		mvc.perform(form(edit, organisationId, saved.version()).with(TestAccounts.as(animator)))
			.andExpect(status().is3xxRedirection());
		assertThat(TestAccounts.callAs(organiser, () -> context.getBean(EventService.class).get(event.id()))
			.facilitatorPeople()).containsExactly(discreet.id());
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
