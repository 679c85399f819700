package org.maillage.directory.internal.exporting;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManager;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.hibernate.search.mapper.orm.Search;
import org.maillage.account.CurrentUser;
import org.maillage.directory.Organisation;
import org.maillage.directory.OrganisationCriteria;
import org.maillage.directory.OrganisationSearch;
import org.maillage.directory.Term;
import org.maillage.directory.Visibility;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports the whole filtered directory (not one page) with the import's columns, so that
 * an exported file can be edited and imported again. Members-only organisations only for
 * members.
 */
@Service
@Transactional(readOnly = true)
public class OrganisationExport {

	static final List<String> HEADERS = List.of("id", "nom", "type", "siren", "rna", "description", "adresse",
			"commune", "site", "email", "telephone", "thematiques", "competences", "territoires", "visibilite",
			"fiche");

	private static final int MAX_ROWS = 100_000;

	private static final int CHUNK = 500;

	private final EntityManager entityManager;

	private final OrganisationSearch search;

	private final CurrentUser currentUser;

	private final String baseUrl;

	OrganisationExport(EntityManager entityManager, OrganisationSearch search, CurrentUser currentUser,
			@Value("${maillage.base-url:http://localhost:8080}") String baseUrl) {
		this.entityManager = entityManager;
		this.search = search;
		this.currentUser = currentUser;
		this.baseUrl = baseUrl;
	}

	/** Excel-friendly CSV: UTF-8 with a byte order mark, semicolons, CRLF line ends. */
	public void csv(OrganisationCriteria criteria, OutputStream out) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		writer.write('\uFEFF');
		CSVFormat format = CSVFormat.EXCEL.builder().setDelimiter(';').setRecordSeparator("\r\n").get();
		try (CSVPrinter printer = new CSVPrinter(writer, format)) {
			printer.printRecord(HEADERS);
			forEachRow(criteria, printer::printRecord);
		}
	}

	public void xlsx(OrganisationCriteria criteria, OutputStream out) throws IOException {
		Workbook workbook = new Workbook(out, "Maillage", "1.0");
		Worksheet sheet = workbook.newWorksheet("Organisations");
		for (int c = 0; c < HEADERS.size(); c++) {
			sheet.value(0, c, HEADERS.get(c));
			sheet.style(0, c).bold().set();
		}
		int[] row = { 1 };
		forEachRow(criteria, values -> {
			for (int c = 0; c < values.size(); c++) {
				Object value = values.get(c);
				if (value instanceof Long number) {
					sheet.value(row[0], c, number);
				}
				else if (value != null) {
					sheet.value(row[0], c, value.toString());
				}
			}
			row[0]++;
		});
		workbook.finish();
	}

	private interface RowConsumer {

		void accept(List<Object> values) throws IOException;

	}

	private void forEachRow(OrganisationCriteria criteria, RowConsumer consumer) throws IOException {
		boolean loggedIn = currentUser.get().isPresent();
		List<Long> ids = Search.session(entityManager)
			.search(Organisation.class)
			.select(f -> f.id(Long.class))
			.where(f -> search.predicate(f, criteria, loggedIn))
			.sort(f -> f.field("name_sort").asc())
			.fetchHits(MAX_ROWS);
		for (int from = 0; from < ids.size(); from += CHUNK) {
			List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
			List<Organisation> organisations = new ArrayList<>(
					entityManager.createQuery("select o from Organisation o where o.id in :ids", Organisation.class)
						.setParameter("ids", chunk)
						.getResultList());
			Map<Long, Integer> position = new HashMap<>();
			for (int i = 0; i < chunk.size(); i++) {
				position.put(chunk.get(i), i);
			}
			organisations.sort(Comparator.comparing(o -> position.get(o.id())));
			for (Organisation o : organisations) {
				if (!o.visibleTo(loggedIn)) {
					continue;
				}
				consumer.accept(java.util.Arrays.asList(o.id(), o.name(), o.kind().label(), o.siren(), o.rna(),
						o.shortDescription(), o.address(), o.communeId() == null ? null : o.communeId().substring(4),
						o.website(), o.email(), o.phone(), labels(o.themes()), labels(o.competencies()),
						String.join("|", o.territoryIds()),
						o.visibility() == Visibility.PUBLIC ? "publique" : "membres",
						baseUrl + "/annuaire/organisations/" + o.id()));
			}
			entityManager.clear();
		}
	}

	private static String labels(List<Term> terms) {
		return terms.stream().map(Term::label).collect(Collectors.joining("|"));
	}

}
