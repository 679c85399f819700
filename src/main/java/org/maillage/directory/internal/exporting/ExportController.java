package org.maillage.directory.internal.exporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;

import org.maillage.directory.internal.DirectoryFilters;
import org.maillage.territory.TerritoryService;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Downloads of the current filtered directory list, in CSV (Excel-friendly) and XLSX. */
@Controller
class ExportController {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final OrganisationExport export;

	private final TerritoryService territories;

	ExportController(OrganisationExport export, TerritoryService territories) {
		this.export = export;
		this.territories = territories;
	}

	@GetMapping("/annuaire/export.csv")
	ResponseEntity<byte[]> csv(DirectoryFilters filters) throws IOException {
		var out = new ByteArrayOutputStream();
		export.csv(filters.criteria(territories), out);
		return download("csv", new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8),
				out.toByteArray());
	}

	@GetMapping("/annuaire/export.xlsx")
	ResponseEntity<byte[]> xlsx(DirectoryFilters filters) throws IOException {
		var out = new ByteArrayOutputStream();
		export.xlsx(filters.criteria(territories), out);
		return download("xlsx", XLSX, out.toByteArray());
	}

	/**
	 * Built in memory, in the request's thread: the export sees the requester's
	 * permissions.
	 */
	private static ResponseEntity<byte[]> download(String extension, MediaType type, byte[] body) {
		String filename = "organisations-" + LocalDate.now() + "." + extension;
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.contentType(type)
			.body(body);
	}

}
