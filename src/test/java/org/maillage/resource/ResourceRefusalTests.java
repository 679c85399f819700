package org.maillage.resource;

import static org.maillage.resource.ResourceTestSupport.published;
import static org.maillage.resource.ResourceTestSupport.unique;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.maillage.account.Role;
import org.maillage.account.TestAccounts;
import org.maillage.account.UserRef;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every mutating endpoint of the resource centre refuses a visitor (login page, or 401 on
 * the API) and a signed-in member without the right role.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ResourceRefusalTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	KitService kits;

	@Autowired
	PathService paths;

	@Test
	void visitors_and_members_without_the_role_are_refused_everywhere() throws Exception {
		UserRef author = TestAccounts.create(context);
		UserRef animator = TestAccounts.create(context, Role.ANIMATOR);
		UserRef member = TestAccounts.create(context);
		long id = published(mvc, author, animator, unique("Fiche"), "PUBLIC");
		long kit = TestAccounts.callAs(animator, () -> kits.create(unique("Kit"), null)).id();
		TestAccounts.callAs(animator, () -> {
			kits.add(kit, id, null);
			return null;
		});
		long path = TestAccounts.callAs(animator, () -> paths.create(new PathCommand(unique("Parcours"), null, 50,
				List.of(new PathCommand.ModuleCommand("Module", null, null, null, List.of())))))
			.id();
		String r = "/ressources/" + id;
		List<MockHttpServletRequestBuilder> authorOnly = List.of(post(r + "/modifier").param("title", "x"),
				post(r + "/fichiers/1/supprimer"), post(r + "/supprimer"), post(r + "/commentaire").param("text", "x"));
		for (var request : authorOnly) {
			mvc.perform(request.with(csrf())).andExpect(header().string("Location", Matchers.endsWith("/connexion")));
			mvc.perform(request.with(TestAccounts.as(member)).with(csrf())).andExpect(status().isForbidden());
		}
		List<MockHttpServletRequestBuilder> animatorOnly = List.of(
				post("/kits/" + kit + "/modifier").param("title", "x"),
				post("/kits/" + kit + "/ressources/" + id + "/retirer"),
				post("/kits/" + kit + "/ressources/" + id + "/deplacer").param("offset", "1"),
				post("/kits/" + kit + "/ressources/" + id + "/note").param("note", "x"),
				post("/kits/" + kit + "/ressources").param("resource", String.valueOf(id)),
				post("/parcours/" + path + "/modifier").param("title", "x").param("modules[0].title", "x"),
				post("/kits/" + kit + "/supprimer"), post(r + "/demander-modifications").param("text", "x"),
				post(r + "/publier"), post(r + "/valider"));
		for (var request : animatorOnly) {
			mvc.perform(request.with(csrf())).andExpect(header().string("Location", Matchers.endsWith("/connexion")));
			mvc.perform(request.with(TestAccounts.as(author)).with(csrf())).andExpect(status().isForbidden());
		}
		mvc.perform(post(r + "/utilisation/retirer").with(TestAccounts.as(member))
			.with(csrf())
			.param("organisationId", "1")).andExpect(status().isForbidden());
		mvc.perform(post("/parcours/1/modules/1/terminer").with(csrf()))
			.andExpect(header().string("Location", Matchers.endsWith("/connexion")));

		mvc.perform(delete("/api/v1/resources/" + id)).andExpect(status().isUnauthorized());
		mvc.perform(delete("/api/v1/resources/" + id).with(TestAccounts.as(member))).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/resources/" + id + "/request-changes").with(TestAccounts.as(author))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"text\":\"x\"}")).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/kits/" + kit + "/items").with(TestAccounts.as(member))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"resourceId\":" + id + "}")).andExpect(status().isForbidden());
		mvc.perform(put("/api/v1/paths/" + path).with(TestAccounts.as(member))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"x\",\"version\":0,\"modules\":[{\"title\":\"x\"}]}"))
			.andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/paths/1/enrolment")).andExpect(status().isUnauthorized());
		mvc.perform(post("/api/v1/paths/1/modules/1/answers").contentType(MediaType.APPLICATION_JSON)
			.content("{\"answers\":[[0]]}")).andExpect(status().isUnauthorized());
	}

}
