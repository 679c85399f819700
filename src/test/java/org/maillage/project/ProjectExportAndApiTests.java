package org.maillage.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.project.ProjectTestSupport.action;
import static org.maillage.project.ProjectTestSupport.fixture;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.maillage.account.TestAccounts;
import org.maillage.account.UserRef;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The project's documents open and hold the plan; the API follows the pages' rules:
 * anonymous and outsiders refused, bad input explained, concurrent edits answered 409.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ProjectExportAndApiTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Test
	void the_sheet_plan_matrix_and_calendar_download_and_parse_back() throws Exception {
		var f = fixture(mvc, context, "PUBLIC");
		action(context, f.pilot(), f.projectId(), "Cartographier les producteurs", f.partnerOrg(),
				f.partnerMember().id(), LocalDate.of(2026, 1, 10), LocalDate.of(2026, 3, 31));
		byte[] pdf = mvc.perform(get("/projets/" + f.projectId() + "/fiche.pdf"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Cartographier les producteurs")
				.contains("Reste à financer")
				.contains("€")
				.contains("En cours")
				.doesNotContain("#");
		}
		byte[] xlsx = mvc.perform(get("/projets/" + f.projectId() + "/plan.xlsx"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			List<Row> rows = new ArrayList<>();
			workbook.getFirstSheet().openStream().forEach(rows::add);
			assertThat(rows).hasSize(2);
			assertThat(rows.get(1).getCellText(1)).isEqualTo("Cartographier les producteurs");
			assertThat(rows.get(1).getCellText(9)).startsWith("Communauté de communes");
		}
		String csv = mvc.perform(get("/projets/" + f.projectId() + "/plan.csv"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFF").contains(";Cartographier les producteurs;").contains("2026-03-31");
		byte[] matrix = mvc.perform(get("/projets/" + f.projectId() + "/matrice.xlsx"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(matrix))) {
			assertThat(workbook.getFirstSheet().read().get(1).getCellText(2)).isEqualTo("R");
		}
		String ics = mvc.perform(get("/projets/" + f.projectId() + "/actions.ics"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(ics).contains("BEGIN:VCALENDAR").contains("Cartographier les producteurs").contains("20260331");
		String mine = mvc.perform(get("/mes-actions.ics").with(TestAccounts.as(f.partnerMember())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(mine).contains("Cartographier les producteurs");
		var hidden = fixture(mvc, context, "PARTNERS");
		mvc.perform(get("/projets/" + hidden.projectId() + "/fiche.pdf")).andExpect(status().isNotFound());
		mvc.perform(get("/projets/" + hidden.projectId() + "/plan.xlsx").with(TestAccounts.as(f.outsider())))
			.andExpect(status().isNotFound());
	}

	@Test
	void the_api_applies_the_same_rules_as_the_pages() throws Exception {
		var f = fixture(mvc, context, "PUBLIC");
		String pilotToken = token(f.pilot());
		String outsiderToken = token(f.outsider());
		String memberToken = token(f.partnerMember());
		mvc.perform(get("/api/v1/projects/" + f.projectId()))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.partners.length()").value(2));
		mvc.perform(post("/api/v1/projects").contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"Intrus\",\"leadOrganisationId\":" + f.outsiderOrg() + "}"))
			.andExpect(status().isUnauthorized());
		mvc.perform(post("/api/v1/projects/" + f.projectId() + "/actions")
			.header("Authorization", "Bearer " + outsiderToken)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"Intrus\"}")).andExpect(status().isForbidden());
		mvc.perform(
				post("/api/v1/projects/" + f.projectId() + "/partners").header("Authorization", "Bearer " + memberToken)
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"organisationId\":" + f.outsiderOrg() + ",\"role\":\"OPERATOR\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(
				post("/api/v1/projects/" + f.projectId() + "/actions").header("Authorization", "Bearer " + memberToken)
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"title\":\"Trop\",\"progress\":140}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.progress").value(Matchers.containsString("entre 0 et 100")));
		mvc.perform(
				post("/api/v1/projects/" + f.projectId() + "/actions").header("Authorization", "Bearer " + memberToken)
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"title\":\"À rebours\",\"startDate\":\"2026-05-01\",\"dueDate\":\"2026-04-01\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value(Matchers.containsString("après la date de début")));
		String created = mvc
			.perform(post("/api/v1/projects/" + f.projectId() + "/actions")
				.header("Authorization", "Bearer " + memberToken)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\":\"Réunir le comité\",\"dueDate\":\"2026-06-30\"}"))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		var matcher = Pattern.compile("\"id\":(\\d+)").matcher(created);
		assertThat(matcher.find()).isTrue();
		String actionPath = "/api/v1/projects/" + f.projectId() + "/actions/" + matcher.group(1);
		mvc.perform(put(actionPath).header("Authorization", "Bearer " + pilotToken)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"Réunir le comité de pilotage\",\"version\":0}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(1));
		mvc.perform(put(actionPath).header("Authorization", "Bearer " + memberToken)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"Réunir les élus\",\"version\":0}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.current.title").value("Réunir le comité de pilotage"));
		mvc.perform(post("/api/v1/projects/" + f.projectId() + "/indicators")
			.header("Authorization", "Bearer " + memberToken)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Producteurs engagés\",\"unit\":\"producteurs\",\"baseline\":0,\"target\":40}"))
			.andExpect(status().isCreated());
		mvc.perform(get("/api/v1/projects/" + f.projectId() + "/indicators"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[0].target").value(40.0));
		mvc.perform(get("/api/v1/projects/999999999")).andExpect(status().isNotFound());
		var hidden = fixture(mvc, context, "PARTNERS");
		mvc.perform(get("/api/v1/projects/" + hidden.projectId() + "/actions")).andExpect(status().isNotFound());
	}

	String token(UserRef user) throws Exception {
		return ProjectTestSupport.token(mvc, user);
	}

}
