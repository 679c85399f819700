package org.maillage.directory.internal.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.maillage.account.TestAccounts;
import org.maillage.account.UserRef;
import org.maillage.common.DomainException;
import org.maillage.common.NotFoundException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class CsvImportTests {

	static final String HEADER = "nom;type;siren;rna;commune;thematiques;territoires;visibilite\r\n";

	@Autowired
	MockMvc mvc;

	@Autowired
	OrganisationImport imports;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	final String tag = "Imp" + UUID.randomUUID().toString().substring(0, 8);

	int countTagged() {
		return jdbc.queryForObject("SELECT COUNT(*) FROM directory_organisation WHERE name LIKE ?", Integer.class,
				"%" + tag + "%");
	}

	static byte[] utf8WithBom(String text) {
		return ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void a_semicolon_file_with_a_bom_is_previewed_then_imported_on_confirmation() {
		UserRef member = TestAccounts.create(context);
		String csv = HEADER + "Association " + tag
				+ " Pilat;association;;W423001234;42168;Tourisme|Culture;epci:244200895;publique\r\n" + "Commune " + tag
				+ ";commune;;;Pélussin;;;membres\r\n";
		ImportPreview preview = TestAccounts.callAs(member, () -> imports.upload("ok.csv", utf8WithBom(csv)));
		assertThat(preview.separator()).isEqualTo(';');
		assertThat(preview.lines()).hasSize(2).allMatch(ImportLine::valid);
		assertThat(countTagged()).as("nothing written before confirmation").isZero();
		assertThat(TestAccounts.callAs(member, () -> imports.confirm(preview.id()))).isEqualTo(2);
		assertThat(countTagged()).isEqualTo(2);
	}

	@Test
	void a_windows_1252_comma_file_keeps_its_accents() {
		UserRef member = TestAccounts.create(context);
		String csv = "nom,type,commune\r\nÉpicerie solidaire " + tag + ",association,42168\r\n";
		ImportPreview preview = TestAccounts.callAs(member,
				() -> imports.upload("excel.csv", csv.getBytes(Charset.forName("windows-1252"))));
		assertThat(preview.charset()).isEqualTo("windows-1252");
		assertThat(preview.separator()).isEqualTo(',');
		assertThat(preview.lines()).singleElement()
			.satisfies(line -> assertThat(line.name()).isEqualTo("Épicerie solidaire " + tag));
	}

	@Test
	void bad_lines_are_reported_in_french_and_nothing_is_imported() {
		UserRef member = TestAccounts.create(context);
		String csv = HEADER + "Bonne " + tag + ";association;;;42168;;;\r\n" + "Mauvais SIREN " + tag
				+ ";entreprise;123456789;;42168;;;\r\n" + "Commune inconnue " + tag
				+ ";association;;;Pelusin-sur-Mer;;;\r\n" + "Type inconnu " + tag + ";fusée;;;;Astronautique;;\r\n";
		ImportPreview preview = TestAccounts.callAs(member, () -> imports.upload("bad.csv", utf8WithBom(csv)));
		assertThat(preview.importable()).isFalse();
		assertThat(preview.errorCount()).isEqualTo(3);
		assertThat(preview.lines().get(1).errors())
			.containsExactly("Ligne 3 : le SIREN/SIRET 123456789 n'est pas valide (clé de contrôle incorrecte).");
		assertThat(preview.lines().get(2).errors())
			.containsExactly("Ligne 4 : commune « Pelusin-sur-Mer » introuvable.");
		assertThat(preview.lines().get(3).errors()).contains(
				"Ligne 5 : le type « fusée » n'existe pas (ex. association, commune, EPCI, entreprise).",
				"Ligne 5 : thématique « Astronautique » inconnue.");
		assertThatThrownBy(() -> TestAccounts.callAs(member, () -> imports.confirm(preview.id())))
			.isInstanceOf(DomainException.class);
		assertThat(countTagged()).as("all or nothing: not even the good line").isZero();
	}

	@Test
	void an_upload_belongs_to_its_author_only() {
		UserRef author = TestAccounts.create(context);
		UserRef other = TestAccounts.create(context);
		ImportPreview preview = TestAccounts.callAs(author,
				() -> imports.upload("a.csv", utf8WithBom(HEADER + "X " + tag + ";association;;;;;;\r\n")));
		assertThatThrownBy(() -> TestAccounts.callAs(other, () -> imports.confirm(preview.id())))
			.isInstanceOf(NotFoundException.class);
		assertThat(countTagged()).isZero();
	}

	@Test
	void the_pages_walk_a_member_through_upload_preview_and_confirmation() throws Exception {
		UserRef member = TestAccounts.create(context);
		var file = new MockMultipartFile("fichier", "orgs.csv", "text/csv",
				utf8WithBom(HEADER + "Par la page " + tag + ";scic;;;42168;;;\r\n"));
		String page = mvc.perform(multipart("/annuaire/import").file(file).with(TestAccounts.as(member)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Importer les 1 organisations")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String id = page.replaceAll("(?s).*/annuaire/import/([0-9a-f-]{36})/confirmer.*", "$1");
		mvc.perform(post("/annuaire/import/" + id + "/confirmer").with(TestAccounts.as(member)).with(csrf()))
			.andExpect(redirectedUrlPattern("/annuaire/import/termine*"));
		assertThat(countTagged()).isEqualTo(1);
	}

	@Test
	void a_visitor_is_sent_to_the_login_page_and_a_forged_post_is_refused() throws Exception {
		mvc.perform(get("/annuaire/import")).andExpect(redirectedUrl("/connexion"));
		var file = new MockMultipartFile("fichier", "orgs.csv", "text/csv", utf8WithBom(HEADER));
		mvc.perform(multipart("/annuaire/import").file(file)).andExpect(status().isForbidden());
		mvc.perform(multipart("/annuaire/import").file(file).with(csrf())).andExpect(redirectedUrl("/connexion"));
	}

}
