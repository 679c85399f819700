package org.maillage.directory.internal.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.maillage.common.DomainException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Import organisations from a CSV file: upload, preview with per-line errors, confirm.
 */
@Controller
class ImportController {

	private final OrganisationImport imports;

	ImportController(OrganisationImport imports) {
		this.imports = imports;
	}

	@GetMapping("/annuaire/import")
	String form() {
		return "directory/import";
	}

	@PostMapping("/annuaire/import")
	String upload(@RequestParam(name = "fichier", required = false) MultipartFile file, Model model)
			throws IOException {
		if (file == null || file.isEmpty()) {
			model.addAttribute("fileError", "directory.import.empty");
			return "directory/import";
		}
		try {
			model.addAttribute("preview", imports.upload(file.getOriginalFilename(), file.getBytes()));
		}
		catch (DomainException refused) {
			model.addAttribute("fileError", refused.messageKey());
			model.addAttribute("fileErrorArgs", refused.arguments());
			return "directory/import";
		}
		return "directory/import-preview";
	}

	@GetMapping("/annuaire/import/{id}")
	String preview(@PathVariable String id, Model model) {
		model.addAttribute("preview", imports.preview(id));
		return "directory/import-preview";
	}

	@PostMapping("/annuaire/import/{id}/confirmer")
	String confirm(@PathVariable String id, Model model, RedirectAttributes redirect) {
		try {
			int created = imports.confirm(id);
			redirect.addFlashAttribute("importedCount", created);
			return "redirect:/annuaire/import/termine";
		}
		catch (DomainException refused) {
			if (refused instanceof org.maillage.common.NotFoundException) {
				throw refused;
			}
			model.addAttribute("preview", imports.preview(id));
			model.addAttribute("confirmError", refused.messageKey());
			model.addAttribute("confirmErrorArgs", refused.arguments());
			return "directory/import-preview";
		}
	}

	@GetMapping("/annuaire/import/termine")
	String done() {
		return "directory/import-done";
	}

	@GetMapping("/annuaire/import/modele.csv")
	ResponseEntity<byte[]> template() {
		String csv = "\uFEFF" + String.join(";", OrganisationImport.columns()) + "\r\n"
				+ "Association Les Amis du Pilat;association;;W423001234;Randonnées et patrimoine;;Place de la Mairie;42168;"
				+ "https://example.org;contact@example.org;04 74 00 00 00;Tourisme|Culture;Animation de réseau;epci:244200895;publique\r\n";
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("modele-import-organisations.csv").build().toString())
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(csv.getBytes(StandardCharsets.UTF_8));
	}

}
