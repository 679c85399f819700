package org.maillage.resource;

import org.maillage.resource.internal.InvalidFieldException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The animator's review: the queue of submitted resources, and on a resource's page:
 * comment, request changes, publish, validate the maturity.
 */
@Controller
class ReviewController {

	private final ResourceService resources;

	private final ResourcePages pages;

	ReviewController(ResourceService resources, ResourcePages pages) {
		this.resources = resources;
		this.pages = pages;
	}

	@GetMapping("/ressources/relecture")
	String queue(Model model) {
		pages.requireLogin();
		model.addAttribute("queue", resources.reviewQueue());
		return "resource/review";
	}

	@PostMapping("/ressources/{id}/commentaire")
	String comment(@PathVariable long id, @RequestParam(required = false) String text, RedirectAttributes redirect) {
		pages.requireLogin();
		return act(id, redirect, "resource.review.commented", () -> resources.comment(id, text));
	}

	@PostMapping("/ressources/{id}/demander-modifications")
	String requestChanges(@PathVariable long id, @RequestParam(required = false) String text,
			RedirectAttributes redirect) {
		pages.requireLogin();
		return act(id, redirect, "resource.review.changesRequested", () -> resources.requestChanges(id, text));
	}

	@PostMapping("/ressources/{id}/publier")
	String publish(@PathVariable long id, @RequestParam(required = false) String text, RedirectAttributes redirect) {
		pages.requireLogin();
		return act(id, redirect, "resource.review.published", () -> resources.publish(id, text));
	}

	@PostMapping("/ressources/{id}/valider")
	String validate(@PathVariable long id, RedirectAttributes redirect) {
		pages.requireLogin();
		return act(id, redirect, "resource.maturity.validatedDone", () -> resources.validateMaturity(id));
	}

	private String act(long id, RedirectAttributes redirect, String doneKey, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("flash", pages.text(doneKey));
		}
		catch (InvalidFieldException | SubmissionRefusedException e) {
			redirect.addFlashAttribute("reviewError", pages.text(e.messageKey()));
		}
		return "redirect:/ressources/" + id + "#relecture";
	}

}
