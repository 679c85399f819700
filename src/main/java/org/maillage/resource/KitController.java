package org.maillage.resource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.maillage.common.ConflictException;
import org.maillage.common.Markdown;
import org.maillage.resource.internal.InvalidFieldException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Thematic kits: list, page, ZIP download, and the animators' curation. */
@Controller
class KitController {

	private final KitService kits;

	private final KitArchive archive;

	private final ResourcePages pages;

	KitController(KitService kits, KitArchive archive, ResourcePages pages) {
		this.kits = kits;
		this.archive = archive;
		this.pages = pages;
	}

	@GetMapping("/kits")
	String list(Model model) {
		model.addAttribute("kits", kits.all());
		model.addAttribute("canCurate", kits.canCurate());
		return "resource/kits";
	}

	@GetMapping("/kits/{id}")
	String page(@PathVariable long id, Model model) {
		Kit kit = kits.get(id);
		model.addAttribute("kit", kit);
		model.addAttribute("introductionHtml", Markdown.toSafeHtml(kit.introduction()));
		model.addAttribute("entries", kits.entries(kit));
		model.addAttribute("canCurate", kits.canCurate());
		return "resource/kit";
	}

	@GetMapping("/kits/{id}.zip")
	void zip(@PathVariable long id, HttpServletResponse response) throws IOException {
		Kit kit = kits.get(id);
		var entries = kits.entries(kit);
		response.setContentType("application/zip");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename("kit-" + org.maillage.resource.internal.FileNames.slug(kit.title()) + ".zip",
							StandardCharsets.UTF_8)
					.build()
					.toString());
		response.setHeader("X-Content-Type-Options", "nosniff");
		archive.write(kit, entries, response.getOutputStream(), LocaleContextHolder.getLocale());
	}

	@GetMapping("/kits/nouveau")
	String createForm(Model model) {
		pages.requireLogin();
		requireCurator();
		return form(model, null, "", "", null);
	}

	@PostMapping("/kits/nouveau")
	String create(@RequestParam(required = false) String title, @RequestParam(required = false) String introduction,
			Model model, RedirectAttributes redirect) {
		pages.requireLogin();
		try {
			Kit kit = kits.create(title, introduction);
			redirect.addFlashAttribute("flash", pages.text("resource.kit.created"));
			return "redirect:/kits/" + kit.id();
		}
		catch (InvalidFieldException e) {
			model.addAttribute("titleError", pages.text(e.messageKey()));
			return form(model, null, title, introduction, null);
		}
	}

	@GetMapping("/kits/{id}/modifier")
	String editForm(@PathVariable long id, Model model) {
		pages.requireLogin();
		requireCurator();
		Kit kit = kits.get(id);
		return form(model, kit, kit.title(), kit.introduction(), kit.version());
	}

	@PostMapping("/kits/{id}/modifier")
	String edit(@PathVariable long id, @RequestParam(required = false) String title,
			@RequestParam(required = false) String introduction, @RequestParam(defaultValue = "-1") long version,
			Model model, RedirectAttributes redirect) {
		pages.requireLogin();
		try {
			kits.update(id, version, title, introduction);
			redirect.addFlashAttribute("flash", pages.text("resource.kit.saved"));
			return "redirect:/kits/" + id;
		}
		catch (InvalidFieldException e) {
			model.addAttribute("titleError", pages.text(e.messageKey()));
			return form(model, kits.get(id), title, introduction, version);
		}
		catch (ConflictException e) {
			model.addAttribute("conflict", e.current());
			Kit kit = kits.get(id);
			return form(model, kit, title, introduction, kit.version());
		}
	}

	@PostMapping("/kits/ajouter")
	String add(@RequestParam("kitId") long id, @RequestParam long resourceId,
			@RequestParam(required = false) String note, RedirectAttributes redirect) {
		pages.requireLogin();
		try {
			kits.add(id, resourceId, note);
			redirect.addFlashAttribute("flash", pages.text("resource.kit.added"));
		}
		catch (InvalidFieldException e) {
			redirect.addFlashAttribute("flash", pages.text(e.messageKey()));
		}
		return "redirect:/kits/" + id;
	}

	@PostMapping("/kits/{id}/ressources/{resourceId}/retirer")
	String remove(@PathVariable long id, @PathVariable long resourceId, RedirectAttributes redirect) {
		pages.requireLogin();
		kits.remove(id, resourceId);
		redirect.addFlashAttribute("flash", pages.text("resource.kit.removed"));
		return "redirect:/kits/" + id;
	}

	@PostMapping("/kits/{id}/ressources/{resourceId}/deplacer")
	String move(@PathVariable long id, @PathVariable long resourceId, @RequestParam int offset) {
		pages.requireLogin();
		kits.move(id, resourceId, offset);
		return "redirect:/kits/" + id + "#kit-" + resourceId;
	}

	@PostMapping("/kits/{id}/supprimer")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		pages.requireLogin();
		kits.delete(id);
		redirect.addFlashAttribute("flash", pages.text("resource.kit.deleted"));
		return "redirect:/kits";
	}

	private String form(Model model, Kit kit, String title, String introduction, Long version) {
		model.addAttribute("kit", kit);
		model.addAttribute("kitTitle", title);
		model.addAttribute("kitIntroduction", introduction);
		model.addAttribute("version", version);
		if (!model.containsAttribute("conflict")) {
			model.addAttribute("conflict", (Map<?, ?>) null);
		}
		return "resource/kit-form";
	}

	private void requireCurator() {
		if (!kits.canCurate()) {
			throw new org.maillage.common.ForbiddenException("resource.kit.animatorOnly");
		}
	}

}
