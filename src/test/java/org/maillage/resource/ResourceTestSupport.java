package org.maillage.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import java.util.regex.Pattern;

import org.maillage.account.TestAccounts;
import org.maillage.account.UserRef;
import org.maillage.common.PdfDocuments;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Writing, submitting and publishing resources the way people do, for the tests. */
final class ResourceTestSupport {

	private ResourceTestSupport() {
	}

	static String unique(String prefix) {
		return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	static byte[] pdf(String text) {
		return PdfDocuments.fromHtml("<html><body><p>" + text + "</p></body></html>", null);
	}

	/**
	 * Posts the tool sheet form (with these theme codes) and returns the new draft's id.
	 */
	static long createToolSheet(MockMvc mvc, UserRef author, String title, String visibility, String... themes)
			throws Exception {
		String location = mvc
			.perform(withThemes(post("/ressources/nouvelle"), themes).param("type", "TOOL_SHEET")
				.with(TestAccounts.as(author))
				.with(csrf())
				.param("title", title)
				.param("summary", "Un outil pour se répartir les rôles entre partenaires.")
				.param("fields[purpose]", "Clarifier **qui fait quoi** entre structures.")
				.param("fields[howItWorks]", "Un tableau partagé, une ligne par action.")
				.param("fields[limits]", "Demande une mise à jour régulière.")
				.param("body", "Détails <script>alert('x')</script> et [lien](javascript:alert(1))")
				.param("licence", "CC_BY_SA")
				.param("maturity", "TESTED")
				.param("visibility", visibility))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		var matcher = Pattern.compile("/ressources/(\\d+)/modifier$").matcher(location);
		assertThat(matcher.find()).as("redirected to the draft: " + location).isTrue();
		return Long.parseLong(matcher.group(1));
	}

	private static MockHttpServletRequestBuilder withThemes(MockHttpServletRequestBuilder request, String... themes) {
		return themes.length == 0 ? request : request.param("themes", themes);
	}

	static void attachPdf(MockMvc mvc, UserRef author, long id) throws Exception {
		mvc.perform(multipart("/ressources/" + id + "/fichiers")
			.file(new MockMultipartFile("file", "matrice.pdf", "application/pdf", pdf("Matrice qui fait quoi")))
			.with(TestAccounts.as(author))
			.with(csrf())).andExpect(status().is3xxRedirection());
	}

	static void submitAndPublish(MockMvc mvc, UserRef author, UserRef animator, long id) throws Exception {
		mvc.perform(post("/ressources/" + id + "/soumettre").with(TestAccounts.as(author)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/ressources/" + id + "/publier").with(TestAccounts.as(animator)).with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

	/** A published public tool sheet with a PDF. */
	static long published(MockMvc mvc, UserRef author, UserRef animator, String title, String visibility,
			String... themes) throws Exception {
		long id = createToolSheet(mvc, author, title, visibility, themes);
		attachPdf(mvc, author, id);
		submitAndPublish(mvc, author, animator, id);
		return id;
	}

}
