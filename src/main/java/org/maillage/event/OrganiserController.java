package org.maillage.event;

import java.time.Instant;
import java.util.List;

import org.maillage.common.DomainException;
import org.maillage.common.ForbiddenException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The organiser's view of an event: registrations and counts, decisions on the waiting
 * list, seats, exports, the attendance sheet, attendance on the day and a message to all
 * participants.
 */
@Controller
class OrganiserController {

	private final EventService events;

	private final RegistrationService registrations;

	private final RegistrationExport export;

	private final EventCalendar calendar;

	private final MessageSource messages;

	OrganiserController(EventService events, RegistrationService registrations, RegistrationExport export,
			EventCalendar calendar, MessageSource messages) {
		this.events = events;
		this.registrations = registrations;
		this.export = export;
		this.calendar = calendar;
		this.messages = messages;
	}

	@GetMapping("/agenda/{id}/organisation")
	String view(@PathVariable long id, Model model) {
		Event event = organised(id);
		List<Registration> all = registrations.forOrganiser(id);
		SeatPlan seats = registrations.seats(id);
		model.addAttribute("event", event);
		model.addAttribute("registrations", all);
		model.addAttribute("seats", seats);
		model.addAttribute("confirmed", all.stream().filter(Registration::isConfirmed).count());
		model.addAttribute("waiting", all.stream().filter(Registration::isWaiting).count());
		model.addAttribute("waitingSeats",
				all.stream().filter(Registration::isWaiting).mapToInt(Registration::seats).sum());
		model.addAttribute("started", event.hasStarted(Instant.now()));
		return "event/organiser";
	}

	@PostMapping("/agenda/{id}/organisation/places")
	String seats(@PathVariable long id, @RequestParam String capacity,
			@RequestParam(defaultValue = "0") String reservedSeats, @RequestParam(required = false) String reservedFor,
			RedirectAttributes redirect) {
		try {
			registrations.changeSeats(id, parse(capacity), parse(reservedSeats), reservedFor);
			return flash(redirect, id, "event.organiser.seatsSaved");
		}
		catch (NumberFormatException e) {
			return error(redirect, id, "event.organiser.badNumber");
		}
		catch (ForbiddenException e) {
			throw e;
		}
		catch (DomainException e) {
			return error(redirect, id, e.messageKey());
		}
	}

	@PostMapping("/agenda/{id}/organisation/inscriptions/{registrationId}/promouvoir")
	String promote(@PathVariable long id, @PathVariable long registrationId,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		try {
			registrations.promote(registrationId, reason);
			return flash(redirect, id, "event.organiser.promoted");
		}
		catch (ForbiddenException e) {
			throw e;
		}
		catch (DomainException e) {
			return error(redirect, id, e.messageKey());
		}
	}

	@PostMapping("/agenda/{id}/organisation/inscriptions/{registrationId}/refuser")
	String refuse(@PathVariable long id, @PathVariable long registrationId,
			@RequestParam(required = false) String reason, RedirectAttributes redirect) {
		try {
			registrations.refuse(registrationId, reason);
			return flash(redirect, id, "event.organiser.refused");
		}
		catch (ForbiddenException e) {
			throw e;
		}
		catch (DomainException e) {
			return error(redirect, id, e.messageKey());
		}
	}

	@PostMapping("/agenda/{id}/organisation/presence/{participantId}")
	String attendance(@PathVariable long id, @PathVariable long participantId,
			@RequestParam(defaultValue = "false") boolean present) {
		registrations.markAttendance(id, participantId, present);
		return "redirect:/agenda/" + id + "/organisation#presence";
	}

	@PostMapping("/agenda/{id}/organisation/message")
	String message(@PathVariable long id, @RequestParam(required = false) String subject,
			@RequestParam(required = false) String text, RedirectAttributes redirect) {
		try {
			registrations.messageParticipants(id, subject, text);
			return flash(redirect, id, "event.organiser.messageSent");
		}
		catch (FieldRefused e) {
			redirect.addFlashAttribute("messageSubject", subject);
			redirect.addFlashAttribute("messageText", text);
			return error(redirect, id, e.messageKey());
		}
	}

	/** The confirmation page: deleting works without JavaScript, after a second click. */
	@GetMapping("/agenda/{id}/supprimer")
	String confirmDelete(@PathVariable long id, Model model) {
		Event event = organised(id);
		model.addAttribute("event", event);
		model.addAttribute("toTell", events.peopleToTell(event));
		return "event/delete";
	}

	@PostMapping("/agenda/{id}/supprimer")
	String delete(@PathVariable long id, RedirectAttributes redirect) {
		events.delete(id);
		redirect.addFlashAttribute("flash",
				messages.getMessage("event.delete.done", null, LocaleContextHolder.getLocale()));
		return "redirect:/agenda";
	}

	@GetMapping("/agenda/{id}/organisation/inscriptions.csv")
	ResponseEntity<byte[]> csv(@PathVariable long id) {
		Event event = organised(id);
		return file(export.csv(event, registrations.forOrganiser(id)), "inscriptions-" + id + ".csv",
				"text/csv;charset=UTF-8");
	}

	@GetMapping("/agenda/{id}/organisation/inscriptions.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable long id) {
		Event event = organised(id);
		return file(export.xlsx(event, registrations.forOrganiser(id)), "inscriptions-" + id + ".xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
	}

	@GetMapping("/agenda/{id}/organisation/emargement.pdf")
	ResponseEntity<byte[]> attendanceSheet(@PathVariable long id) {
		Event event = organised(id);
		return file(export.attendanceSheet(event, registrations.forOrganiser(id), calendar.baseUrl()),
				"emargement-" + id + ".pdf", MediaType.APPLICATION_PDF_VALUE);
	}

	private Event organised(long id) {
		Event event = events.get(id);
		if (!events.canOrganise(event)) {
			throw new ForbiddenException();
		}
		return event;
	}

	private static int parse(String number) {
		return Integer.parseInt(number.strip());
	}

	private String flash(RedirectAttributes redirect, long id, String key) {
		redirect.addFlashAttribute("flash", messages.getMessage(key, null, LocaleContextHolder.getLocale()));
		return "redirect:/agenda/" + id + "/organisation";
	}

	private String error(RedirectAttributes redirect, long id, String key) {
		redirect.addFlashAttribute("organiserError", messages.getMessage(key, null, LocaleContextHolder.getLocale()));
		return "redirect:/agenda/" + id + "/organisation";
	}

	private static ResponseEntity<byte[]> file(byte[] body, String name, String type) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(type))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(body);
	}

}
