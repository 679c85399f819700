package org.maillage.resource;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.maillage.common.ConflictException;
import org.maillage.common.ForbiddenException;
import org.maillage.resource.ResourceFormController.ConflictRow;
import org.maillage.resource.internal.InvalidFieldException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Animators write a training path: modules in order, each quiz as simple text. Its
 * creator and the animators edit it; a save from an outdated version shows both versions
 * and writes nothing.
 */
@Controller
class PathFormController {

	private static final String VIEW = "resource/path-form";

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
		return VIEW;
	}

	@PostMapping("/parcours/nouveau")
	String create(@Valid @ModelAttribute("form") PathForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		requireAnimator();
		if (errors.hasErrors()) {
			return VIEW;
		}
		PathCommand command = command(form, errors);
		if (command == null) {
			return VIEW;
		}
		try {
			TrainingPath path = paths.create(command);
			redirect.addFlashAttribute("flash", pages.text("resource.path.created"));
			return "redirect:/parcours/" + path.id();
		}
		catch (InvalidFieldException e) {
			errors.rejectValue(form.field(e.field()), e.messageKey(), e.arguments(), null);
			return VIEW;
		}
	}

	@GetMapping("/parcours/{id}/modifier")
	String editForm(@PathVariable long id, Model model) {
		TrainingPath path = editable(id);
		model.addAttribute("form", PathForm.of(path));
		model.addAttribute("path", path);
		return VIEW;
	}

	@PostMapping("/parcours/{id}/modifier")
	String edit(@PathVariable long id, @Valid @ModelAttribute("form") PathForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		TrainingPath path = editable(id);
		model.addAttribute("path", path);
		if (errors.hasErrors()) {
			return VIEW;
		}
		PathCommand command = command(form, errors);
		if (command == null) {
			return VIEW;
		}
		try {
			paths.update(id, form.getVersion() == null ? -1 : form.getVersion(), command);
			redirect.addFlashAttribute("flash", pages.text("resource.path.saved"));
			return "redirect:/parcours/" + id;
		}
		catch (ConflictException | ObjectOptimisticLockingFailureException e) {
			TrainingPath stored = paths.get(id);
			model.addAttribute("path", stored);
			model.addAttribute("conflict", conflict(PathCommand.of(stored), command));
			form.setVersion(stored.version());
			return VIEW;
		}
		catch (InvalidFieldException e) {
			errors.rejectValue(form.field(e.field()), e.messageKey(), e.arguments(), null);
			return VIEW;
		}
	}

	/** The command, or null when a quiz text was refused (shown next to it). */
	private static PathCommand command(PathForm form, BindingResult errors) {
		try {
			return form.toCommand();
		}
		catch (InvalidFieldException e) {
			errors.rejectValue(e.field(), e.messageKey(), e.arguments(), null);
			return null;
		}
	}

	/** The stored path and the user's input, side by side; nothing was saved. */
	private List<ConflictRow> conflict(PathCommand stored, PathCommand mine) {
		List<ConflictRow> rows = new ArrayList<>();
		row(rows, pages.text("resource.path.field.title"), stored.title(), mine.title());
		row(rows, pages.text("resource.field.summary"), stored.summary(), mine.summary());
		row(rows, pages.text("resource.path.field.passMark"), String.valueOf(stored.passMark()),
				String.valueOf(mine.passMark()));
		row(rows, pages.text("resource.path.modules"), titles(stored), titles(mine));
		int count = Math.max(stored.modules().size(), mine.modules().size());
		for (int i = 0; i < count; i++) {
			var a = i < stored.modules().size() ? stored.modules().get(i) : null;
			var b = i < mine.modules().size() ? mine.modules().get(i) : null;
			String label = pages.text("resource.path.field.module", i + 1);
			row(rows, label + " — " + pages.text("resource.path.field.content"), a == null ? null : a.content(),
					b == null ? null : b.content());
			row(rows, label + " — " + pages.text("resource.path.field.quiz"),
					a == null ? null : QuizText.format(a.quiz()), b == null ? null : QuizText.format(b.quiz()));
		}
		return rows;
	}

	private static String titles(PathCommand command) {
		return command.modules().stream().map(PathCommand.ModuleCommand::title).collect(Collectors.joining(" · "));
	}

	private static void row(List<ConflictRow> rows, String label, String stored, String submitted) {
		String a = stored == null ? "" : stored.strip();
		String b = submitted == null ? "" : submitted.strip();
		rows.add(new ConflictRow(label, a, b, !a.equals(b)));
	}

	private TrainingPath editable(long id) {
		pages.requireLogin();
		TrainingPath path = paths.get(id);
		if (!paths.canEdit(path)) {
			throw new ForbiddenException("resource.path.editForbidden");
		}
		return path;
	}

	private void requireAnimator() {
		pages.requireLogin();
		if (!paths.canManage()) {
			throw new ForbiddenException("resource.path.animatorOnly");
		}
	}

}
