package org.maillage.resource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;

import org.maillage.common.ConflictException;
import org.maillage.common.Markdown;
import org.maillage.common.NotFoundException;
import org.maillage.resource.internal.InvalidFieldException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Thematic kits: list, page, ZIP download, and the animators' curation: title and
 * introduction, resources added, annotated, moved and removed, each change made from the
 * version the curator saw.
 */
@Controller
class KitController {

	private static final Pattern TYPED_RESOURCE = Pattern.compile("^\\s*(?:\\S*/ressources/)?(\\d{1,18})/?\\s*$");

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

	/**
	 * Adds a resource from the kit's page, typed as its number or its address; a mistake
	 * is shown next to the field with the input kept.
	 */
	@PostMapping("/kits/{id}/ressources")
	String addTyped(@PathVariable long id, @RequestParam(required = false) String resource,
			@RequestParam(required = false) String note, Model model, RedirectAttributes redirect) {
		pages.requireLogin();
		requireCurator();
		String key = "resource.kit.resource.invalid";
		Long resourceId = resourceId(resource);
		if (resourceId != null) {
			try {
				kits.add(id, resourceId, note);
				redirect.addFlashAttribute("flash", pages.text("resource.kit.added"));
				return "redirect:/kits/" + id + "#kit-" + resourceId;
			}
			catch (InvalidFieldException e) {
				key = e.messageKey();
			}
			catch (NotFoundException e) {
				key = "resource.path.module.resource.unknown";
			}
		}
		model.addAttribute("addError", pages.text(key));
		model.addAttribute("addResource", resource);
		model.addAttribute("addNote", note);
		return page(id, model);
	}

	@PostMapping("/kits/{id}/ressources/{resourceId}/note")
	String annotate(@PathVariable long id, @PathVariable long resourceId, @RequestParam(required = false) String note,
			@RequestParam(defaultValue = "-1") long version, RedirectAttributes redirect) {
		pages.requireLogin();
		return curate(id, resourceId, redirect, "resource.kit.noteSaved",
				() -> kits.annotate(id, resourceId, note, version));
	}

	@PostMapping("/kits/{id}/ressources/{resourceId}/retirer")
	String remove(@PathVariable long id, @PathVariable long resourceId, @RequestParam(defaultValue = "-1") long version,
			RedirectAttributes redirect) {
		pages.requireLogin();
		return curate(id, resourceId, redirect, "resource.kit.removed", () -> kits.remove(id, resourceId, version));
	}

	@PostMapping("/kits/{id}/ressources/{resourceId}/deplacer")
	String move(@PathVariable long id, @PathVariable long resourceId, @RequestParam int offset,
			@RequestParam(defaultValue = "-1") long version, RedirectAttributes redirect) {
		pages.requireLogin();
		return curate(id, resourceId, redirect, null, () -> kits.move(id, resourceId, offset, version));
	}

	/**
	 * One change to the kit's list; when the kit changed since the curator saw it,
	 * nothing is saved and the kit is shown again as it is now, with a message.
	 */
	private String curate(long id, long resourceId, RedirectAttributes redirect, String done, Runnable change) {
		try {
			change.run();
			if (done != null) {
				redirect.addFlashAttribute("flash", pages.text(done));
			}
			return "redirect:/kits/" + id + "#kit-" + resourceId;
		}
		catch (ConflictException | ObjectOptimisticLockingFailureException e) {
			redirect.addFlashAttribute("flash", pages.text("resource.kit.conflict"));
			return "redirect:/kits/" + id;
		}
		catch (InvalidFieldException e) {
			redirect.addFlashAttribute("flash", pages.text(e.messageKey()));
			return "redirect:/kits/" + id + "#kit-" + resourceId;
		}
	}

	/** A resource typed as its number or its address ({@code /ressources/42}). */
	private static Long resourceId(String typed) {
		if (typed == null) {
			return null;
		}
		Matcher matcher = TYPED_RESOURCE.matcher(typed);
		return matcher.matches() ? Long.valueOf(matcher.group(1)) : null;
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
