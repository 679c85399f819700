package org.maillage.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.project.ProjectTestSupport.action;
import static org.maillage.project.ProjectTestSupport.fixture;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.maillage.account.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Concurrent edits show both versions and save nothing; bad dates, percentages and
 * amounts are refused next to their field with the input kept; unknown ids are 404s.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProjectEditingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	ActionRepository actions;

	@Test
	void the_second_editor_of_an_action_sees_both_versions_and_nothing_is_overwritten() throws Exception {
		var f = fixture(mvc, context, "PUBLIC");
		var action = action(context, f.pilot(), f.projectId(), "Organiser le forum", f.partnerOrg(), null, null, null);
		String path = "/projets/" + f.projectId() + "/actions/" + action.id() + "/modifier";
		mvc.perform(post(path).with(TestAccounts.as(f.pilot()))
			.with(csrf())
			.param("title", "Organiser le forum des producteurs")
			.param("status", "IN_PROGRESS")
			.param("progress", "30")
			.param("version", "0")).andExpect(status().is3xxRedirection());
		mvc.perform(post(path).with(TestAccounts.as(f.partnerMember()))
			.with(csrf())
			.param("title", "Organiser le forum des élus")
			.param("status", "TODO")
			.param("progress", "10")
			.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Modifié entre-temps")))
			.andExpect(content().string(Matchers.containsString("Organiser le forum des producteurs")))
			.andExpect(content().string(Matchers.containsString("Organiser le forum des élus")));
		assertThat(actions.findById(action.id()).orElseThrow().title()).isEqualTo("Organiser le forum des producteurs");

		String progress = "/projets/" + f.projectId() + "/actions/" + action.id() + "/avancement";
		mvc.perform(post(progress).with(TestAccounts.as(f.partnerMember()))
			.with(csrf())
			.param("status", "DONE")
			.param("progress", "100")
			.param("version", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Modifié entre-temps")))
			.andExpect(content().string(Matchers.containsString("30 %")));
		assertThat(actions.findById(action.id()).orElseThrow().progress()).isEqualTo(30);
	}

	@Test
	void the_second_editor_of_a_project_sees_both_versions() throws Exception {
		var f = fixture(mvc, context, "PUBLIC");
		String path = "/projets/" + f.projectId() + "/modifier";
		String version = String
			.valueOf(TestAccounts.callAs(f.pilot(), () -> context.getBean(ProjectService.class).open(f.projectId()))
				.project()
				.version());
		mvc.perform(post(path).with(TestAccounts.as(f.pilot()))
			.with(csrf())
			.param("title", "Plan alimentaire du Pilat")
			.param("status", "RUNNING")
			.param("visibility", "PUBLIC")
			.param("version", version)).andExpect(status().is3xxRedirection());
		mvc.perform(post(path).with(TestAccounts.as(f.partnerAdmin()))
			.with(csrf())
			.param("title", "Projet alimentaire territorial")
			.param("status", "RUNNING")
			.param("visibility", "PUBLIC")
			.param("version", version))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Modifié entre-temps")))
			.andExpect(content().string(Matchers.containsString("Plan alimentaire du Pilat")));
	}

	@Test
	void wrong_dates_percentages_and_amounts_are_explained_next_to_the_field() throws Exception {
		var f = fixture(mvc, context, "PUBLIC");
		mvc.perform(post("/projets/" + f.projectId() + "/actions/nouvelle").with(TestAccounts.as(f.pilot()))
			.with(csrf())
			.param("title", "Action gardee")
			.param("startDate", "2026-05-01")
			.param("dueDate", "2026-03-01")
			.param("status", "TODO")
			.param("progress", "140"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("id=\"dueDate-error\"")))
			.andExpect(content().string(Matchers.containsString("L&#39;échéance doit être après la date de début.")))
			.andExpect(content().string(Matchers.containsString("id=\"progress-error\"")))
			.andExpect(content().string(Matchers.containsString("entre 0 et 100")))
			.andExpect(content().string(Matchers.containsString("value=\"140\"")))
			.andExpect(content().string(Matchers.containsString("value=\"Action gardee\"")));
		mvc.perform(post("/projets/" + f.projectId() + "/actions/nouvelle").with(TestAccounts.as(f.pilot()))
			.with(csrf())
			.param("title", "Action datée")
			.param("dueDate", "31/02/2026")
			.param("status", "FORGED")
			.param("progress", "abc"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Indiquez une date valide")))
			.andExpect(content().string(Matchers.containsString("id=\"status-error\"")));
		mvc.perform(post("/projets/" + f.projectId() + "/budget").with(TestAccounts.as(f.pilot()))
			.with(csrf())
			.param("kind", "EXPENSE")
			.param("label", "Animation")
			.param("amount", "-1 200,00"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Un montant ne peut pas être négatif.")))
			.andExpect(content().string(Matchers.containsString("value=\"-1 200,00\"")));
		mvc.perform(post("/projets/" + f.projectId() + "/budget").with(TestAccounts.as(f.pilot()))
			.with(csrf())
			.param("kind", "EXPENSE")
			.param("label", "Animation")
			.param("amount", "12 500,00")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/projets/" + f.projectId() + "/budget").with(TestAccounts.as(f.pilot())))
			.andExpect(content().string(Matchers.containsString("12\u00a0500,00\u00a0€")));
		mvc.perform(post("/projets/" + f.projectId() + "/modifier").with(TestAccounts.as(f.pilot()))
			.with(csrf())
			.param("title", "Projet daté")
			.param("startDate", "2027-01-01")
			.param("endDate", "2026-01-01")
			.param("territory", "Zzzyzzyville")
			.param("version", "1"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("id=\"endDate-error\"")))
			.andExpect(content().string(Matchers.containsString("id=\"territory-error\"")));
		mvc.perform(post("/projets/" + f.projectId() + "/indicateurs").with(TestAccounts.as(f.pilot()))
			.with(csrf())
			.param("name", "Producteurs engagés")
			.param("baseline", "douze")
			.param("target", ""))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("id=\"baseline-error\"")))
			.andExpect(content().string(Matchers.containsString("id=\"target-error\"")));
	}

	@Test
	void a_cover_image_is_judged_by_its_content_and_served_with_nosniff() throws Exception {
		var f = fixture(mvc, context, "PUBLIC");
		var image = new java.awt.image.BufferedImage(40, 20, java.awt.image.BufferedImage.TYPE_INT_RGB);
		var png = new java.io.ByteArrayOutputStream();
		javax.imageio.ImageIO.write(image, "png", png);
		String path = "/projets/" + f.projectId() + "/couverture";
		mvc.perform(multipart(path).file(new MockMultipartFile("cover", "photo.png", "image/png", png.toByteArray()))
			.with(TestAccounts.as(f.outsider()))
			.with(csrf())).andExpect(status().isForbidden());
		mvc.perform(multipart(path)
			.file(new MockMultipartFile("cover", "photo.png", "image/png", "<script>alert(1)</script>".getBytes()))
			.with(TestAccounts.as(f.pilot()))
			.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("coverError", Matchers.containsString("PNG ou JPEG")));
		mvc.perform(multipart(path).file(new MockMultipartFile("cover", "photo.png", "image/png", png.toByteArray()))
			.with(TestAccounts.as(f.pilot()))
			.with(csrf())).andExpect(status().is3xxRedirection());
		mvc.perform(get(path))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/png"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"));
		mvc.perform(get("/projets/" + f.projectId())).andExpect(content().string(Matchers.containsString(path)));
	}

	@Test
	void unknown_ids_are_not_found_pages() throws Exception {
		var f = fixture(mvc, context, "PUBLIC");
		mvc.perform(get("/projets/999999999")).andExpect(status().isNotFound());
		mvc.perform(get("/projets/" + f.projectId() + "/actions/999999999")).andExpect(status().isNotFound());
		mvc.perform(get("/projets/abc")).andExpect(status().isBadRequest());
		mvc.perform(post("/projets/" + f.projectId() + "/jalons/999999999").with(TestAccounts.as(f.pilot()))
			.with(csrf())
			.param("reached", "true")).andExpect(status().isNotFound());
	}

}
