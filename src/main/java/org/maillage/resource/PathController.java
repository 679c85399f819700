package org.maillage.resource;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.maillage.common.Markdown;
import org.maillage.common.NotFoundException;
import org.maillage.common.PdfDocuments;
import org.maillage.resource.internal.InvalidFieldException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Training paths for learners: the list, a path's overview and enrolment, each module
 * with its quiz (explanations after answering), the certificate; and the animators'
 * anonymous statistics.
 */
@Controller
class PathController {

	private final PathService paths;

	private final ResourceService resources;

	private final ResourcePages pages;

	private final ITemplateEngine templates;

	private final String baseUrl;

	PathController(PathService paths, ResourceService resources, ResourcePages pages, ITemplateEngine templates,
			@Value("${maillage.base-url:http://localhost:8080}") String baseUrl) {
		this.paths = paths;
		this.resources = resources;
		this.pages = pages;
		this.templates = templates;
		this.baseUrl = baseUrl;
	}

	@GetMapping("/parcours")
	String list(Model model) {
		model.addAttribute("paths", paths.all());
		model.addAttribute("canManage", paths.canManage());
		return "resource/paths";
	}

	@GetMapping("/parcours/{id}")
	String page(@PathVariable long id, Model model) {
		TrainingPath path = paths.get(id);
		model.addAttribute("path", path);
		model.addAttribute("enrolment", paths.enrolment(id).orElse(null));
		model.addAttribute("canManage", paths.canManage());
		model.addAttribute("canEdit", paths.canEdit(path));
		return "resource/path";
	}

	@PostMapping("/parcours/{id}/inscription")
	String enrol(@PathVariable long id, RedirectAttributes redirect) {
		pages.requireLogin();
		paths.enrol(id);
		redirect.addFlashAttribute("flash", pages.text("resource.path.enrolled"));
		return "redirect:/parcours/" + id + "/modules/1";
	}

	@GetMapping("/parcours/{id}/modules/{number}")
	String module(@PathVariable long id, @PathVariable int number, Model model) {
		return renderModule(id, number, model, null, List.of());
	}

	@PostMapping("/parcours/{id}/modules/{number}")
	String answer(@PathVariable long id, @PathVariable int number, @RequestParam MultiValueMap<String, String> form,
			Model model) {
		pages.requireLogin();
		TrainingPath path = paths.get(id);
		TrainingPath.Module module = path.module(number)
			.orElseThrow(() -> new NotFoundException("resource.path.module.notFound"));
		List<Set<Integer>> answers = new ArrayList<>();
		List<Integer> unanswered = new ArrayList<>();
		for (int i = 0; i < module.quiz().size(); i++) {
			Set<Integer> given = new LinkedHashSet<>();
			for (String value : form.getOrDefault("q" + i, List.of())) {
				try {
					int choice = Integer.parseInt(value);
					if (choice >= 0 && choice < module.quiz().get(i).choices().size()) {
						given.add(choice);
					}
				}
				catch (NumberFormatException e) {
					// an unknown choice counts as no answer
				}
			}
			if (given.isEmpty()) {
				unanswered.add(i);
			}
			answers.add(given);
		}
		if (!unanswered.isEmpty()) {
			model.addAttribute("given", answers);
			return renderModule(id, number, model, null, unanswered);
		}
		try {
			QuizResult result = paths.answer(id, number, answers);
			return renderModule(id, number, model, result, List.of());
		}
		catch (InvalidFieldException e) {
			model.addAttribute("quizError", pages.text(e.messageKey()));
			return renderModule(id, number, model, null, List.of());
		}
	}

	@PostMapping("/parcours/{id}/modules/{number}/terminer")
	String complete(@PathVariable long id, @PathVariable int number, RedirectAttributes redirect) {
		pages.requireLogin();
		paths.complete(id, number);
		TrainingPath path = paths.get(id);
		if (number < path.modules().size()) {
			return "redirect:/parcours/" + id + "/modules/" + (number + 1);
		}
		return "redirect:/parcours/" + id;
	}

	@GetMapping("/parcours/{id}/certificat.pdf")
	ResponseEntity<byte[]> certificate(@PathVariable long id) {
		pages.requireLogin();
		Enrolment enrolment = paths.completed(id);
		TrainingPath path = paths.get(id);
		Context context = new Context(LocaleContextHolder.getLocale());
		context.setVariable("path", path);
		context.setVariable("enrolment", enrolment);
		context.setVariable("zone", org.maillage.common.FrenchTime.ZONE);
		context.setVariable("instance", baseUrl);
		byte[] pdf = PdfDocuments.fromHtml(templates.process("resource/print/certificate", context), baseUrl);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("certificat-" + org.maillage.resource.internal.FileNames.slug(path.title()) + ".pdf",
								StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(pdf);
	}

	@GetMapping("/parcours/{id}/statistiques")
	String statistics(@PathVariable long id, Model model) {
		pages.requireLogin();
		model.addAttribute("statistics", paths.statistics(id));
		model.addAttribute("path", paths.get(id));
		return "resource/path-statistics";
	}

	private String renderModule(long id, int number, Model model, QuizResult result, List<Integer> unanswered) {
		TrainingPath path = paths.get(id);
		TrainingPath.Module module = path.module(number)
			.orElseThrow(() -> new NotFoundException("resource.path.module.notFound"));
		model.addAttribute("path", path);
		model.addAttribute("module", module);
		model.addAttribute("number", number);
		model.addAttribute("contentHtml", Markdown.toSafeHtml(module.content()));
		model.addAttribute("enrolment", paths.enrolment(id).orElse(null));
		model.addAttribute("result", result);
		model.addAttribute("unanswered", unanswered);
		if (!model.containsAttribute("given")) {
			model.addAttribute("given",
					result == null ? List.of() : result.answers().stream().map(QuizResult.Answer::given).toList());
		}
		if (module.resourceId() != null) {
			try {
				model.addAttribute("linkedResource", resources.get(module.resourceId()));
			}
			catch (NotFoundException e) {
				// a resource the learner may not see is simply not linked
			}
		}
		return "resource/path-module";
	}

}
