package org.maillage.resource;

import jakarta.validation.Valid;

import org.maillage.common.ForbiddenException;
import org.maillage.resource.internal.InvalidFieldException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Animators write a training path: modules in order, each quiz as simple text. */
@Controller
class PathFormController {

	private final PathService paths;

	private final ResourcePages pages;

	PathFormController(PathService paths, ResourcePages pages) {
		this.paths = paths;
		this.pages = pages;
	}

	@GetMapping("/parcours/nouveau")
	String form(Model model) {
		requireAnimator();
		model.addAttribute("form", new PathForm());
		return "resource/path-form";
	}

	@PostMapping("/parcours/nouveau")
	String create(@Valid @ModelAttribute("form") PathForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		requireAnimator();
		if (errors.hasErrors()) {
			return "resource/path-form";
		}
		try {
			TrainingPath path = paths.create(form.toCommand());
			redirect.addFlashAttribute("flash", pages.text("resource.path.created"));
			return "redirect:/parcours/" + path.id();
		}
		catch (InvalidFieldException e) {
			String field = e.field().equals("modules") ? "modules[0].title" : e.field();
			errors.rejectValue(field, e.messageKey(), e.arguments(), null);
			return "resource/path-form";
		}
	}

	private void requireAnimator() {
		pages.requireLogin();
		if (!paths.canManage()) {
			throw new ForbiddenException("resource.path.animatorOnly");
		}
	}

}
