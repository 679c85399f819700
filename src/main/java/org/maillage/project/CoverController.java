package org.maillage.project;

import java.io.IOException;

import org.maillage.common.NotFoundException;
import org.maillage.project.internal.CoverImages;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A project's cover image: upload (checked by content) and serving (nosniff). */
@Controller
class CoverController {

	private final ProjectService projects;

	private final ProjectPermissions permissions;

	private final ProjectTexts texts;

	CoverController(ProjectService projects, ProjectPermissions permissions, ProjectTexts texts) {
		this.projects = projects;
		this.permissions = permissions;
		this.texts = texts;
	}

	@GetMapping("/projets/{id}/couverture")
	ResponseEntity<FileSystemResource> cover(@PathVariable long id) {
		var file = projects.cover(id).orElseThrow(NotFoundException::new);
		MediaType type = file.toString().endsWith(".png") ? MediaType.IMAGE_PNG : MediaType.IMAGE_JPEG;
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"couverture-" + id + "\"")
			.header("X-Content-Type-Options", "nosniff")
			.body(new FileSystemResource(file));
	}

	@PostMapping("/projets/{id}/couverture")
	String upload(@PathVariable long id, @RequestParam("cover") MultipartFile cover, RedirectAttributes redirect)
			throws IOException {
		permissions.requireLogin();
		try {
			if (cover.getSize() > CoverImages.MAX_BYTES) {
				throw new InvalidProjectField("cover", "project.cover.size");
			}
			projects.changeCover(id, cover.getBytes());
			redirect.addFlashAttribute("flash", texts.get("project.cover.saved"));
			return "redirect:/projets/" + id;
		}
		catch (InvalidProjectField e) {
			redirect.addFlashAttribute("coverError", texts.get(e.messageKey()));
			return "redirect:/projets/" + id + "/modifier#couverture";
		}
	}

}
