package org.maillage.directory.internal.exporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.maillage.account.TestAccounts;
import org.maillage.account.UserRef;
import org.maillage.directory.OrganisationCommand;
import org.maillage.directory.OrganisationKind;
import org.maillage.directory.OrganisationService;
import org.maillage.directory.Visibility;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportTests {

	final String tag = "exp" + UUID.randomUUID().toString().substring(0, 8);

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	UserRef member;

	@BeforeAll
	void three_public_organisations_and_one_for_members() {
		member = TestAccounts.create(context);
		var organisations = context.getBean(OrganisationService.class);
		TestAccounts.callAs(member, () -> {
			for (String name : List.of("Beta", "Alpha", "Gamma")) {
				organisations.create(command(name + " " + tag, Visibility.PUBLIC));
			}
			organisations.create(command("Delta " + tag, Visibility.MEMBERS));
			return null;
		});
	}

	static OrganisationCommand command(String name, Visibility visibility) {
		return new OrganisationCommand(name, OrganisationKind.ASSOCIATION, null, null,
				"Pour l'export; avec « guillemets »", null, null, "com:42168", null, null, Set.of("com:42168"),
				Set.of(), Set.of(), null, null, null, visibility);
	}

	@Test
	void the_csv_opens_in_excel_and_holds_the_whole_filtered_result() throws Exception {
		byte[] body = mvc.perform(get("/annuaire/export.csv").param("q", tag))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("attachment")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
		String csv = new String(body, StandardCharsets.UTF_8).substring(1);
		List<String> lines = csv.lines().toList();
		assertThat(lines.get(0)).startsWith("id;nom;type;siren;rna;description");
		assertThat(csv).contains("\r\n");
		assertThat(lines).hasSize(4);
		assertThat(lines.subList(1, 4)).extracting(line -> line.split(";")[1])
			.containsExactly("Alpha " + tag, "Beta " + tag, "Gamma " + tag);
		assertThat(csv).doesNotContain("Delta");
	}

	@Test
	void members_export_the_members_only_organisations_too() throws Exception {
		String csv = mvc.perform(get("/annuaire/export.csv").param("q", tag).with(TestAccounts.as(member)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).contains("Delta " + tag);
	}

	@Test
	void the_xlsx_parses_back() throws Exception {
		byte[] body = mvc.perform(get("/annuaire/export.xlsx").param("q", tag))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(body))) {
			List<Row> rows = workbook.getFirstSheet().read();
			assertThat(rows).hasSize(4);
			assertThat(rows.get(0).getCellText(1)).isEqualTo("nom");
			assertThat(rows.get(1).getCellText(1)).isEqualTo("Alpha " + tag);
			assertThat(rows.get(1).getCellText(5)).isEqualTo("Pour l'export; avec « guillemets »");
		}
	}

}
