package org.maillage.event;

import jakarta.validation.Valid;

import org.maillage.account.CurrentUser;
import org.maillage.common.ConflictException;
import org.maillage.common.DomainException;
import org.maillage.directory.TaxonomyService;
import org.maillage.directory.Vocabulary;
import org.maillage.territory.TerritoryLevel;
import org.maillage.territory.TerritoryService;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Creating and editing an event. */
@Controller
class EventFormController {

	private final EventService events;

	private final TerritoryService territories;

	private final TaxonomyService taxonomy;

	private final MessageSource messages;

	private final CurrentUser currentUser;

	EventFormController(EventService events, TerritoryService territories, TaxonomyService taxonomy,
			MessageSource messages, CurrentUser currentUser) {
		this.currentUser = currentUser;
		this.events = events;
		this.territories = territories;
		this.taxonomy = taxonomy;
		this.messages = messages;
	}

	@InitBinder("eventForm")
	void binder(WebDataBinder binder) {
		binder.initDirectFieldAccess();
	}

	@GetMapping("/agenda/nouveau")
	String newEvent(@ModelAttribute("eventForm") EventForm form, BindingResult prefill, Model model) {
		// a poll's chosen slot arrives as query parameters (title, day, startTime,
		// endTime)
		var choices = events.organiserChoices();
		if (form.organisationId == null && !choices.isEmpty()) {
			form.organisationId = choices.getFirst().id();
		}
		return render(model, null);
	}

	@PostMapping("/agenda/nouveau")
	String create(@Valid @ModelAttribute("eventForm") EventForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		var command = command(form, errors);
		if (command == null) {
			return render(model, null);
		}
		try {
			Event event = events.create(command, form.facilitatorIds);
			redirect.addFlashAttribute("flash", message("event.form.created"));
			return "redirect:/agenda/" + event.id();
		}
		catch (FieldRefused e) {
			errors.rejectValue(e.field(), e.messageKey());
			return render(model, null);
		}
		catch (DomainException e) {
			if (e instanceof org.maillage.common.ForbiddenException) {
				errors.rejectValue("organisationId", "event.error.organisation");
				return render(model, null);
			}
			errors.reject(e.messageKey(), e.arguments(), null);
			return render(model, null);
		}
	}

	@GetMapping("/agenda/{id}/modifier")
	String edit(@PathVariable long id, Model model) {
		Event event = events.get(id);
		if (!events.canOrganise(event)) {
			throw new org.maillage.common.ForbiddenException();
		}
		model.addAttribute("eventForm", EventForm.of(event, choice(event.communeId()), choice(event.territoryId())));
		return render(model, event);
	}

	@PostMapping("/agenda/{id}/modifier")
	String update(@PathVariable long id, @Valid @ModelAttribute("eventForm") EventForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		Event current = events.get(id);
		if (!events.canOrganise(current)) {
			throw new org.maillage.common.ForbiddenException();
		}
		var command = command(form, errors);
		if (command == null) {
			return render(model, current);
		}
		try {
			events.update(id, form.version, command, form.facilitatorIds);
		}
		catch (ConflictException e) {
			model.addAttribute("conflict", e.current());
			errors.reject("event.form.conflict");
			return render(model, current);
		}
		catch (FieldRefused e) {
			errors.rejectValue(e.field(), e.messageKey());
			return render(model, current);
		}
		catch (DomainException e) {
			errors.reject(e.messageKey(), e.arguments(), null);
			return render(model, current);
		}
		redirect.addFlashAttribute("flash", message("event.form.saved"));
		return "redirect:/agenda/" + id;
	}

	/** The command, or null when the form has errors (they are in {@code errors}). */
	private EventCommand command(EventForm form, BindingResult errors) {
		var items = form.programmeItems(errors);
		var questions = form.questionList(errors);
		String communeId = resolve(form.commune, TerritoryLevel.COMMUNE, "commune", errors);
		String territoryId = resolve(form.territory, null, "territory", errors);
		if (form.day != null && form.startTime != null && form.endTime != null && !errors.hasFieldErrors("endDay")) {
			var end = form.endDay == null ? form.day : form.endDay;
			if (!end.atTime(form.endTime).isAfter(form.day.atTime(form.startTime))) {
				errors.rejectValue("endTime", "event.error.endBeforeStart");
			}
		}
		if (form.capacity != null && form.reservedSeats != null && form.reservedSeats > form.capacity) {
			errors.rejectValue("reservedSeats", "event.error.reservedTooMany");
		}
		if (form.teamMin != null && form.teamMax != null && form.teamMax < form.teamMin) {
			errors.rejectValue("teamMax", "event.error.teamSizes");
		}
		if (errors.hasErrors()) {
			return null;
		}
		return form.toCommand(communeId, territoryId, items, questions);
	}

	private String resolve(String text, TerritoryLevel level, String field, Errors errors) {
		if (text == null || text.isBlank()) {
			return null;
		}
		var resolution = territories.resolve(text, level);
		if (resolution.resolved()) {
			return resolution.territory().orElseThrow().id();
		}
		errors.rejectValue(field, level == TerritoryLevel.COMMUNE ? "event.error.commune" : "event.error.territory");
		return null;
	}

	private String choice(String territoryId) {
		return territoryId == null ? null : territories.find(territoryId).map(t -> t.choice()).orElse(territoryId);
	}

	/** The form; for an event being edited, its organiser stays among the choices. */
	private String render(Model model, Event event) {
		model.addAttribute("eventId", event == null ? null : event.id());
		model.addAttribute("organisations", events.organiserChoices(event));
		model.addAttribute("facilitatorChoices", events.facilitatorChoices(event));
		model.addAttribute("themeTerms", taxonomy.list(Vocabulary.THEME));
		model.addAttribute("formats", EventFormat.values());
		model.addAttribute("modes", RegistrationMode.values());
		model.addAttribute("roles", ParticipantRole.values());
		model.addAttribute("levels",
				new TerritoryLevel[] { TerritoryLevel.COMMUNE, TerritoryLevel.EPCI, TerritoryLevel.DEPARTEMENT });
		return "event/event-form";
	}

	private String message(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

}
