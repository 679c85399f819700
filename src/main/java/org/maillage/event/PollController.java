package org.maillage.event;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.maillage.common.FrenchTime;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Quand se réunir ?": creating a poll, answering it without an account, and the
 * creator's results with a link that turns the best slot into an event.
 */
@Controller
class PollController {

	/** "2026-12-03 9:30-12:00" or "03/12/2026 9h30-12h". */
	private static final Pattern SLOT = Pattern.compile(
			"(\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{4})\\s+(\\d{1,2})[h:]?(\\d{2})?\\s*[-–à]\\s*(\\d{1,2})[h:]?(\\d{2})?");

	private final PollService polls;

	private final EventCalendar calendar;

	private final MessageSource messages;

	PollController(PollService polls, EventCalendar calendar, MessageSource messages) {
		this.polls = polls;
		this.calendar = calendar;
		this.messages = messages;
	}

	@GetMapping("/sondages/nouveau")
	String newPoll(Model model) {
		return "event/poll-form";
	}

	@PostMapping("/sondages/nouveau")
	String create(@RequestParam(required = false) String title, @RequestParam(required = false) String description,
			@RequestParam(required = false) String slots, Model model) {
		List<java.time.Instant[]> times = new ArrayList<>();
		String error = null;
		String errorField = null;
		if (slots != null) {
			int line = 0;
			for (String text : slots.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
				line++;
				var matcher = SLOT.matcher(text);
				try {
					if (!matcher.matches()) {
						throw new DateTimeParseException("slot", text, 0);
					}
					LocalDate day = matcher.group(1).contains("/")
							? LocalDate.parse(matcher.group(1), DateTimeFormatter.ofPattern("d/M/uuuu"))
							: LocalDate.parse(matcher.group(1));
					LocalTime start = LocalTime.of(Integer.parseInt(matcher.group(2)),
							matcher.group(3) == null ? 0 : Integer.parseInt(matcher.group(3)));
					LocalTime end = LocalTime.of(Integer.parseInt(matcher.group(4)),
							matcher.group(5) == null ? 0 : Integer.parseInt(matcher.group(5)));
					times.add(new java.time.Instant[] { day.atTime(start).atZone(FrenchTime.ZONE).toInstant(),
							day.atTime(end).atZone(FrenchTime.ZONE).toInstant() });
				}
				catch (java.time.DateTimeException e) {
					error = text("event.poll.badSlot", line);
					errorField = "slots";
					break;
				}
			}
		}
		if (error == null) {
			try {
				Poll poll = polls.create(title, description, times);
				return "redirect:/sondages/" + poll.shareToken() + "/resultats?cle=" + poll.ownerKey();
			}
			catch (FieldRefused e) {
				error = text(e.messageKey());
				errorField = e.field();
			}
		}
		model.addAttribute("title", title);
		model.addAttribute("description", description);
		model.addAttribute("slots", slots);
		model.addAttribute("error", error);
		model.addAttribute("errorField", errorField);
		return "event/poll-form";
	}

	@GetMapping("/sondages/{token}")
	String poll(@PathVariable String token, Model model) {
		model.addAttribute("poll", polls.get(token));
		return "event/poll";
	}

	@PostMapping("/sondages/{token}")
	String answer(@PathVariable String token, @RequestParam(required = false) String name,
			@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
		Map<Long, Availability> choices = new HashMap<>();
		params.forEach((key, value) -> {
			if (key.startsWith("slot-")) {
				try {
					choices.put(Long.parseLong(key.substring(5)), Availability.valueOf(value));
				}
				catch (IllegalArgumentException ignored) {
					// a tampered value counts as no answer
				}
			}
		});
		try {
			polls.answer(token, name, choices);
		}
		catch (FieldRefused e) {
			model.addAttribute("poll", polls.get(token));
			model.addAttribute("name", name);
			model.addAttribute("error", text(e.messageKey()));
			return "event/poll";
		}
		redirect.addFlashAttribute("flash", text("event.poll.thanks"));
		return "redirect:/sondages/" + token + "/resultats";
	}

	@GetMapping("/sondages/{token}/resultats")
	String results(@PathVariable String token, @RequestParam(required = false) String cle, Model model) {
		Poll poll = polls.get(token);
		model.addAttribute("poll", poll);
		model.addAttribute("results", poll.results());
		model.addAttribute("owner", poll.isOwnedBy(cle));
		model.addAttribute("shareUrl", calendar.baseUrl() + "/sondages/" + token);
		return "event/poll-results";
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
