package org.maillage.event;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import jakarta.validation.Valid;

import org.maillage.common.DomainException;
import org.maillage.territory.TerritoryService;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Registering to an event (no account needed), and each registrant's own page opened by
 * the link of their e-mail: see, confirm a team membership, complete answers, cancel.
 */
@Controller
class RegistrationController {

	private final EventService events;

	private final RegistrationService registrations;

	private final TerritoryService territories;

	private final MessageSource messages;

	RegistrationController(EventService events, RegistrationService registrations, TerritoryService territories,
			MessageSource messages) {
		this.events = events;
		this.registrations = registrations;
		this.territories = territories;
		this.messages = messages;
	}

	@InitBinder("registrationForm")
	void binder(WebDataBinder binder) {
		binder.initDirectFieldAccess();
	}

	@GetMapping("/agenda/{id}/inscription")
	String form(@PathVariable long id, Model model) {
		Event event = events.get(id);
		model.addAttribute("registrationForm", RegistrationForm.forEvent(event));
		return render(event, model);
	}

	@PostMapping("/agenda/{id}/inscription")
	String register(@PathVariable long id, @Valid @ModelAttribute("registrationForm") RegistrationForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		Event event = events.get(id);
		String territoryId = null;
		if (form.territory != null && !form.territory.isBlank()) {
			var resolution = territories.resolve(form.territory, null);
			if (resolution.resolved()) {
				territoryId = resolution.territory().orElseThrow().id();
			}
			else {
				errors.rejectValue("territory", "event.error.territory");
			}
		}
		if (errors.hasErrors()) {
			form.padMembers(event);
			return render(event, model);
		}
		try {
			Registration registration = registrations.register(id, form.toRequest(territoryId));
			redirect.addFlashAttribute("flash",
					messages.getMessage(
							registration.isConfirmed() ? "event.registration.confirmed" : "event.registration.waiting",
							null, LocaleContextHolder.getLocale()));
			return "redirect:/inscriptions/" + registration.leader().token();
		}
		catch (FieldRefused e) {
			errors.rejectValue(e.field(), e.messageKey(), e.arguments(), null);
		}
		catch (DomainException e) {
			if (e instanceof org.maillage.common.NotFoundException) {
				throw e;
			}
			errors.reject(e.messageKey(), e.arguments(), null);
		}
		form.padMembers(event);
		return render(event, model);
	}

	@GetMapping("/inscriptions/{token}")
	String mine(@PathVariable String token, Model model) {
		Registration registration = registrations.byToken(token);
		Participant me = registration.participants()
			.stream()
			.filter(p -> p.token().equals(token))
			.findFirst()
			.orElseThrow();
		Event event = registrations.eventOf(registration);
		model.addAttribute("event", event);
		model.addAttribute("registration", registration);
		model.addAttribute("me", me);
		model.addAttribute("token", token);
		model.addAttribute("canCancel",
				me.isActive() && registration.status().isActive() && !event.hasStarted(Instant.now()));
		if (!model.containsAttribute("answers")) {
			model.addAttribute("answers", new HashMap<>(me.answers()));
		}
		return "event/registration";
	}

	@PostMapping("/inscriptions/{token}/confirmer")
	String confirm(@PathVariable String token, @RequestParam(defaultValue = "false") boolean consent,
			@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
		Map<Long, String> answers = new HashMap<>();
		params.forEach((key, value) -> {
			if (key.startsWith("answers[") && key.endsWith("]")) {
				try {
					answers.put(Long.parseLong(key.substring(8, key.length() - 1)), value);
				}
				catch (NumberFormatException ignored) {
					// not one of our questions: dropped
				}
			}
		});
		try {
			registrations.confirmMembership(token, consent, answers);
		}
		catch (FieldRefused e) {
			model.addAttribute("answers", answers);
			model.addAttribute("answerError",
					messages.getMessage(e.messageKey(), e.arguments(), LocaleContextHolder.getLocale()));
			model.addAttribute("answerErrorField", e.field());
			return mine(token, model);
		}
		redirect.addFlashAttribute("flash",
				messages.getMessage("event.registration.memberConfirmed", null, LocaleContextHolder.getLocale()));
		return "redirect:/inscriptions/" + token;
	}

	@PostMapping("/inscriptions/{token}/annuler")
	String cancel(@PathVariable String token, RedirectAttributes redirect) {
		registrations.cancel(token);
		redirect.addFlashAttribute("flash",
				messages.getMessage("event.registration.cancelledFlash", null, LocaleContextHolder.getLocale()));
		return "redirect:/inscriptions/" + token;
	}

	private String render(Event event, Model model) {
		model.addAttribute("event", event);
		model.addAttribute("seats", registrations.seats(event.id()));
		model.addAttribute("open", event.isOpen(Instant.now()));
		model.addAttribute("roles", ParticipantRole.values());
		return "event/registration-form";
	}

}
