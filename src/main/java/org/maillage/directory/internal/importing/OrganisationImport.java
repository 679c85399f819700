package org.maillage.directory.internal.importing;

import java.io.IOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.maillage.account.CurrentUser;
import org.maillage.account.UserRef;
import org.maillage.common.DomainException;
import org.maillage.common.NotFoundException;
import org.maillage.directory.Organisation;
import org.maillage.directory.OrganisationService;
import org.maillage.directory.TaxonomyService;
import org.maillage.directory.Vocabulary;
import org.maillage.territory.TerritoryLevel;
import org.maillage.territory.TerritoryService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CSV import of organisations in two steps: a preview that writes nothing but the
 * uploaded file (kept server-side for its author), then a confirmation that creates every
 * line in one transaction, or none if any line fails.
 */
@Service
public class OrganisationImport {

	static final int MAX_BYTES = 5 * 1024 * 1024;

	static final int MAX_LINES = 10_000;

	private final OrganisationService organisations;

	private final TerritoryService territories;

	private final CurrentUser currentUser;

	private final TaxonomyService taxonomy;

	private final JdbcTemplate jdbc;

	OrganisationImport(OrganisationService organisations, TerritoryService territories, CurrentUser currentUser,
			TaxonomyService taxonomy, JdbcTemplate jdbc) {
		this.organisations = organisations;
		this.territories = territories;
		this.currentUser = currentUser;
		this.taxonomy = taxonomy;
		this.jdbc = jdbc;
	}

	/** Stores the upload and tells what it would import. Writes no organisation. */
	@Transactional
	public ImportPreview upload(String filename, byte[] content) {
		UserRef user = currentUser.require();
		if (content == null || content.length == 0) {
			throw new DomainException("directory.import.empty");
		}
		if (content.length > MAX_BYTES) {
			throw new DomainException("directory.import.tooLarge", MAX_BYTES / (1024 * 1024));
		}
		String id = UUID.randomUUID().toString();
		jdbc.update("DELETE FROM directory_import WHERE user_id = ? AND created_at < ?", user.id(),
				Timestamp.from(Instant.now().minusSeconds(86_400)));
		jdbc.update("INSERT INTO directory_import (id, user_id, filename, content, created_at) VALUES (?, ?, ?, ?, ?)",
				id, user.id(), filename, content, Timestamp.from(Instant.now()));
		return analyse(id, filename, content);
	}

	/** The preview of a stored upload, for its author only. */
	@Transactional(readOnly = true)
	public ImportPreview preview(String id) {
		Stored stored = stored(id);
		return analyse(id, stored.filename, stored.content);
	}

	/**
	 * Creates every organisation of the upload, all or nothing. Returns how many were
	 * created.
	 */
	@Transactional
	public int confirm(String id) {
		Stored stored = stored(id);
		ImportPreview preview = analyse(id, stored.filename, stored.content);
		if (!preview.importable()) {
			throw new DomainException("directory.import.notImportable", preview.errorCount());
		}
		int created = 0;
		for (ImportLine line : preview.lines()) {
			try {
				organisations.create(line.command());
			}
			catch (DomainException | org.springframework.dao.DataAccessException
					| jakarta.persistence.PersistenceException refused) {
				// the whole transaction rolls back: nothing of this file is kept
				throw new DomainException("directory.import.lineRefused", line.line(), line.name());
			}
			created++;
		}
		jdbc.update("DELETE FROM directory_import WHERE id = ?", id);
		return created;
	}

	private record Stored(String filename, byte[] content) {
	}

	private Stored stored(String id) {
		UserRef user = currentUser.require();
		List<Stored> found = jdbc.query("SELECT filename, content FROM directory_import WHERE id = ? AND user_id = ?",
				(rs, n) -> new Stored(rs.getString(1), rs.getBytes(2)), id, user.id());
		if (found.isEmpty()) {
			throw new NotFoundException("directory.import.notFound");
		}
		return found.get(0);
	}

	private ImportPreview analyse(String id, String filename, byte[] content) {
		CsvFile file;
		try {
			file = CsvFile.read(content);
		}
		catch (IOException malformed) {
			return new ImportPreview(id, filename, "?", ',', List.of(),
					List.of("Le fichier n'est pas un CSV lisible : enregistrez le tableau au format CSV "
							+ "(séparateur point-virgule ou virgule) puis réessayez."));
		}
		List<String> fileErrors = new ArrayList<>();
		if (!file.headers().contains("nom") || !file.headers().contains("type")) {
			fileErrors.add("Les colonnes « nom » et « type » sont obligatoires (téléchargez le modèle).");
		}
		if (file.rows().size() > MAX_LINES) {
			fileErrors.add("Le fichier dépasse " + MAX_LINES + " lignes : découpez-le.");
		}
		if (file.rows().isEmpty()) {
			fileErrors.add("Le fichier ne contient aucune ligne de données.");
		}
		if (!fileErrors.isEmpty()) {
			return new ImportPreview(id, filename, file.charset().displayName(), file.separator(), List.of(),
					fileErrors);
		}
		var reader = new ImportLineReader(value -> territories.resolve(value, TerritoryLevel.COMMUNE),
				value -> territories.resolve(value, null), terms(Vocabulary.THEME), terms(Vocabulary.COMPETENCY));
		List<ImportLine> lines = new ArrayList<>();
		for (CsvFile.Row row : file.rows()) {
			ImportLine line = reader.read(row);
			if (line.valid()) {
				List<String> duplicates = organisations.possibleDuplicates(line.command(), null)
					.keySet()
					.stream()
					.map(Organisation::name)
					.toList();
				line = new ImportLine(line.line(), line.name(), line.command(), line.errors(), duplicates);
			}
			lines.add(line);
		}
		return new ImportPreview(id, filename, file.charset().displayName(), file.separator(), lines, List.of());
	}

	private Map<String, String> terms(Vocabulary vocabulary) {
		Map<String, String> codes = new HashMap<>();
		taxonomy.list(vocabulary).forEach(term -> {
			codes.put(CsvFile.key(term.code()), term.code());
			codes.put(CsvFile.key(term.label()), term.code());
		});
		return codes;
	}

	/** The header line of the template offered to download. */
	public static List<String> columns() {
		return ImportLineReader.COLUMNS;
	}

}
