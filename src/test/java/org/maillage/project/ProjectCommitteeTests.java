package org.maillage.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.project.ProjectTestSupport.fixture;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.maillage.account.TestAccounts;
import org.maillage.account.UserRef;
import org.maillage.directory.PersonProfileService;
import org.maillage.directory.Visibility;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * The steering committee gathers people of the accepted partner organisations: members
 * picked from the partners, or people without an account who still sit for a partner;
 * anyone else is refused next to the field; names link to the profiles the viewer may
 * open.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProjectCommitteeTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	FollowUpService followUp;

	@Test
	void the_pilot_seats_a_partners_member_whose_name_links_to_the_profile() throws Exception {
		var f = fixture(mvc, context, "PUBLIC");
		String page = "/projets/" + f.projectId() + "/gouvernance";
		String name = f.partnerMember().displayName();
		mvc.perform(get(page).with(TestAccounts.as(f.pilot())))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(
					"<option value=\"" + f.partnerOrg() + ":" + f.partnerMember().id() + "\">" + name + " — ")))
			.andExpect(content()
				.string(Matchers.not(Matchers.containsString("value=\"" + f.outsiderOrg() + ":" + f.outsider().id()))));
		mvc.perform(post("/projets/" + f.projectId() + "/comite").with(TestAccounts.as(f.pilot()))
			.with(csrf())
			.param("person", f.partnerOrg() + ":" + f.partnerMember().id())
			.param("name", "")
			.param("function", "Référente du comité"))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", Matchers.endsWith(page)));

		CommitteeMember seated = only(f);
		assertThat(seated.userId()).isEqualTo(f.partnerMember().id());
		assertThat(seated.organisationId()).isEqualTo(f.partnerOrg());
		assertThat(seated.name()).isEqualTo(name);
		assertThat(seated.organisationName()).startsWith("Communauté de communes");
		assertThat(seated.function()).isEqualTo("Référente du comité");

		String link = "<a href=\"/annuaire/personnes/" + f.partnerMember().id() + "\">" + name + "</a>";
		mvc.perform(get(page).with(TestAccounts.as(f.outsider())))
			.andExpect(content().string(Matchers.containsString(link)));
		mvc.perform(get(page))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(name)))
			.andExpect(content().string(Matchers.not(Matchers.containsString(link))));
		TestAccounts.callAs(f.partnerMember(), () -> {
			context.getBean(PersonProfileService.class).update("Chargée de mission", null, Visibility.PUBLIC);
			return null;
		});
		mvc.perform(get(page)).andExpect(content().string(Matchers.containsString(link)));
	}

	@Test
	void someone_without_an_account_sits_for_a_partner_organisation() throws Exception {
		var f = fixture(mvc, context, "PUBLIC");
		mvc.perform(post("/projets/" + f.projectId() + "/comite").with(TestAccounts.as(f.pilot()))
			.with(csrf())
			.param("person", String.valueOf(f.partnerOrg()))
			.param("name", "")
			.param("function", "Vice-présidente"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Indiquez le nom de la personne sans compte.")))
			.andExpect(content()
				.string(Matchers.containsString("value=\"" + HtmlUtils.htmlEscape("Vice-présidente") + "\"")))
			.andExpect(content()
				.string(Matchers.containsString("<option value=\"" + f.partnerOrg() + "\" selected=\"selected\">")));
		mvc.perform(post("/projets/" + f.projectId() + "/comite").with(TestAccounts.as(f.pilot()))
			.with(csrf())
			.param("person", String.valueOf(f.partnerOrg()))
			.param("name", "Martine Vallat")
			.param("function", "Vice-présidente")).andExpect(status().is3xxRedirection());
		CommitteeMember seated = only(f);
		assertThat(seated.userId()).isNull();
		assertThat(seated.organisationId()).isEqualTo(f.partnerOrg());
		assertThat(seated.name()).isEqualTo("Martine Vallat");
		mvc.perform(get("/projets/" + f.projectId() + "/gouvernance"))
			.andExpect(content().string(Matchers.containsString("Martine Vallat")))
			.andExpect(content().string(Matchers.containsString("(sans compte)")));
	}

	@Test
	void people_outside_the_partner_organisations_are_refused_next_to_the_field() throws Exception {
		var f = fixture(mvc, context, "PUBLIC");
		String add = "/projets/" + f.projectId() + "/comite";
		mvc.perform(post(add).with(TestAccounts.as(f.pilot()))
			.with(csrf())
			.param("person", f.outsiderOrg() + ":" + f.outsider().id())
			.param("function", "Observateur"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("id=\"person-error\"")))
			.andExpect(content().string(Matchers.containsString("n&#39;est pas partenaire du projet")))
			.andExpect(content().string(Matchers.containsString("value=\"Observateur\"")));
		mvc.perform(post(add).with(TestAccounts.as(f.pilot()))
			.with(csrf())
			.param("person", String.valueOf(f.outsiderOrg()))
			.param("name", "Élu voisin"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("n&#39;est pas partenaire du projet")))
			.andExpect(
					content().string(Matchers.containsString("value=\"" + HtmlUtils.htmlEscape("Élu voisin") + "\"")));
		mvc.perform(post(add).with(TestAccounts.as(f.pilot()))
			.with(csrf())
			.param("person", f.partnerOrg() + ":" + f.outsider().id()))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("n&#39;est pas membre de cette organisation")));
		mvc.perform(post(add).with(TestAccounts.as(f.pilot())).with(csrf()).param("person", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Choisissez une personne")));
		mvc.perform(post(add).with(TestAccounts.as(f.pilot())).with(csrf()).param("person", ":12"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Choisissez une valeur dans la liste.")));
		assertThat(TestAccounts.callAs(f.pilot(), () -> followUp.governance(f.projectId())).committee()).isEmpty();
	}

	@Test
	void only_the_pilots_and_co_pilots_admins_change_the_committee() throws Exception {
		var f = fixture(mvc, context, "PUBLIC");
		String add = "/projets/" + f.projectId() + "/comite";
		for (UserRef refused : new UserRef[] { f.partnerMember(), f.outsider() }) {
			mvc.perform(post(add).with(TestAccounts.as(refused))
				.with(csrf())
				.param("person", f.partnerOrg() + ":" + f.partnerMember().id())).andExpect(status().isForbidden());
		}
		mvc.perform(post(add).with(csrf()).param("person", f.partnerOrg() + ":" + f.partnerMember().id()))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", Matchers.endsWith("/connexion")));
		assertThat(TestAccounts.callAs(f.pilot(), () -> followUp.governance(f.projectId())).committee()).isEmpty();

		mvc.perform(post(add).with(TestAccounts.as(f.partnerAdmin()))
			.with(csrf())
			.param("person", f.partnerOrg() + ":" + f.partnerMember().id())).andExpect(status().is3xxRedirection());
		long seat = only(f).id();
		mvc.perform(post(add + "/" + seat + "/retirer").with(TestAccounts.as(f.partnerMember())).with(csrf()))
			.andExpect(status().isForbidden());
		mvc.perform(post(add + "/" + seat + "/retirer").with(TestAccounts.as(f.pilot())).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(TestAccounts.callAs(f.pilot(), () -> followUp.governance(f.projectId())).committee()).isEmpty();
	}

	private CommitteeMember only(ProjectTestSupport.Fixture f) {
		var committee = TestAccounts.callAs(f.pilot(), () -> followUp.governance(f.projectId())).committee();
		assertThat(committee).hasSize(1);
		return committee.get(0);
	}

}
