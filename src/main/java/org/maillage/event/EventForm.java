package org.maillage.event;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.maillage.common.FrenchTime;
import org.maillage.directory.Visibility;
import org.maillage.territory.TerritoryLevel;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

/**
 * The event form, bound field by field (direct field access). The programme and the
 * questions are typed one per line, so the form works without JavaScript.
 */
class EventForm {

	@NotBlank(message = "{event.form.title.required}")
	@Size(max = 200, message = "{event.form.title.size}")
	public String title;

	@NotNull(message = "{event.form.format.required}")
	public EventFormat format = EventFormat.PRACTICE_DAY;

	@Size(max = 20000, message = "{event.form.text.size}")
	public String description;

	@Size(max = 5000, message = "{event.form.text.size}")
	public String objectives;

	@Size(max = 2000, message = "{event.form.text.size}")
	public String audience;

	@Size(max = 1000, message = "{event.form.text.size}")
	public String facilitators;

	/**
	 * Accounts of the directory picked as facilitators; null when the form offered none
	 * (they are then kept as they were).
	 */
	public List<Long> facilitatorIds;

	@Size(max = 10000, message = "{event.form.text.size}")
	public String programme;

	@Size(max = 300, message = "{event.form.text.size}")
	public String address;

	public String commune;

	@Size(max = 500, message = "{event.form.text.size}")
	public String onlineUrl;

	@NotNull(message = "{event.form.day.required}")
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	public LocalDate day;

	@NotNull(message = "{event.form.time.required}")
	@DateTimeFormat(pattern = "H:mm")
	public LocalTime startTime;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	public LocalDate endDay;

	@NotNull(message = "{event.form.time.required}")
	@DateTimeFormat(pattern = "H:mm")
	public LocalTime endTime;

	@NotNull(message = "{event.error.organisation}")
	public Long organisationId;

	@Size(max = 300, message = "{event.form.text.size}")
	public String contact;

	public List<String> themes = new ArrayList<>();

	public String territory;

	public Visibility visibility = Visibility.PUBLIC;

	@NotNull(message = "{event.form.capacity.required}")
	@Min(value = 1, message = "{event.form.capacity.min}")
	@Max(value = 100000, message = "{event.form.capacity.max}")
	public Integer capacity = 15;

	@Min(value = 0, message = "{event.form.reserved.min}")
	public Integer reservedSeats = 0;

	public String reservedFor;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	public LocalDate opensOn;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	public LocalDate closesOn;

	@NotNull(message = "{event.form.mode.required}")
	public RegistrationMode mode = RegistrationMode.INDIVIDUAL;

	@Min(value = 1, message = "{event.form.team.min}")
	public Integer teamMin = 2;

	@Min(value = 1, message = "{event.form.team.min}")
	public Integer teamMax = 3;

	public boolean oneTeamPerTerritory;

	public TerritoryLevel teamLevel = TerritoryLevel.COMMUNE;

	public List<ParticipantRole> wishedRoles = new ArrayList<>();

	@Size(max = 5000, message = "{event.form.text.size}")
	public String questions;

	public long version;

	static EventForm of(Event event, String communeText, String territoryText) {
		var form = new EventForm();
		form.title = event.title();
		form.format = event.format();
		form.description = event.description();
		form.objectives = event.objectives();
		form.audience = event.audience();
		form.facilitators = event.facilitators();
		form.facilitatorIds = new ArrayList<>(event.facilitatorPeople());
		form.programme = String.join("\n",
				event.programme()
					.stream()
					.map(p -> String.join(" | ", nz(p.time()), p.title(), nz(p.description()), nz(p.speaker())))
					.toList());
		form.address = event.address();
		form.commune = communeText;
		form.onlineUrl = event.onlineUrl();
		var start = event.startsAt().atZone(FrenchTime.ZONE);
		var end = event.endsAt().atZone(FrenchTime.ZONE);
		form.day = start.toLocalDate();
		form.startTime = start.toLocalTime();
		form.endDay = end.toLocalDate().equals(form.day) ? null : end.toLocalDate();
		form.endTime = end.toLocalTime();
		form.organisationId = event.organisationId();
		form.contact = event.contact();
		form.themes = new ArrayList<>(event.themes());
		form.territory = territoryText;
		form.visibility = event.visibility();
		form.capacity = event.capacity();
		form.reservedSeats = event.reservedSeats();
		form.reservedFor = event.reservedFor();
		form.opensOn = event.opensAt() == null ? null : event.opensAt().atZone(FrenchTime.ZONE).toLocalDate();
		form.closesOn = event.closesAt() == null ? null : event.closesAt().atZone(FrenchTime.ZONE).toLocalDate();
		form.mode = event.mode();
		form.teamMin = event.teamMin();
		form.teamMax = event.teamMax();
		form.oneTeamPerTerritory = event.oneTeamPerTerritory();
		form.teamLevel = event.teamLevel();
		form.wishedRoles = new ArrayList<>(event.wishedRoles());
		form.questions = String.join("\n", event.questions().stream().map(EventForm::questionLine).toList());
		form.version = event.version();
		return form;
	}

	private static String questionLine(Question q) {
		String kind = switch (q.kind()) {
			case TEXT -> "texte";
			case YES_NO -> "oui-non";
			case CHOICE -> "choix: " + String.join(", ", q.choices());
		};
		return q.label() + " | " + kind + (q.required() ? " | obligatoire" : "");
	}

	private static String nz(String text) {
		return text == null ? "" : text;
	}

	/** "9h30 | Titre | Description | Intervenant·e", one item per line. */
	List<ProgrammeItem> programmeItems(Errors errors) {
		List<ProgrammeItem> items = new ArrayList<>();
		List<String> lines = lines(programme);
		for (int i = 0; i < lines.size(); i++) {
			String[] parts = Arrays.stream(lines.get(i).split("\\|", -1)).map(String::strip).toArray(String[]::new);
			if (parts.length < 2 || parts[1].isEmpty() || parts.length > 4) {
				errors.rejectValue("programme", "event.error.programme", new Object[] { i + 1 }, null);
				continue;
			}
			items.add(new ProgrammeItem(blank(parts[0]), parts[1], parts.length > 2 ? blank(parts[2]) : null,
					parts.length > 3 ? blank(parts[3]) : null));
		}
		return items;
	}

	/**
	 * "Question | texte", "Question | choix: a, b | obligatoire", "Question | oui-non".
	 */
	List<Question> questionList(Errors errors) {
		List<Question> list = new ArrayList<>();
		List<String> lines = lines(questions);
		for (int i = 0; i < lines.size(); i++) {
			String[] parts = Arrays.stream(lines.get(i).split("\\|", -1)).map(String::strip).toArray(String[]::new);
			String kind = parts.length > 1 ? parts[1].toLowerCase(Locale.ROOT) : "texte";
			boolean required = parts.length > 2 && parts[2].toLowerCase(Locale.ROOT).startsWith("obligatoire");
			QuestionKind questionKind = kind.startsWith("choix") ? QuestionKind.CHOICE : kind.startsWith("oui")
					? QuestionKind.YES_NO : kind.startsWith("texte") ? QuestionKind.TEXT : null;
			List<String> choices = questionKind == QuestionKind.CHOICE && kind.contains(":")
					? Arrays.stream(parts[1].substring(parts[1].indexOf(':') + 1).split(","))
						.map(String::strip)
						.filter(c -> !c.isEmpty())
						.toList()
					: List.of();
			if (parts[0].isEmpty() || parts.length > 3 || questionKind == null
					|| (questionKind == QuestionKind.CHOICE && choices.size() < 2)) {
				errors.rejectValue("questions", "event.error.questions", new Object[] { i + 1 }, null);
				continue;
			}
			list.add(new Question(i, parts[0], questionKind, choices, required));
		}
		return list;
	}

	private static List<String> lines(String text) {
		return text == null ? List.of() : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
	}

	private static String blank(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	EventCommand toCommand(String communeId, String territoryId, List<ProgrammeItem> items, List<Question> list) {
		var start = day.atTime(startTime).atZone(FrenchTime.ZONE).toInstant();
		var end = (endDay == null ? day : endDay).atTime(endTime).atZone(FrenchTime.ZONE).toInstant();
		return new EventCommand(title.strip(), format, blank(description), blank(objectives), blank(audience),
				blank(facilitators), items, blank(address), communeId, blank(onlineUrl), start, end, organisationId,
				blank(contact), new LinkedHashSet<>(themes), territoryId, visibility, capacity,
				reservedSeats == null ? 0 : reservedSeats, blank(reservedFor),
				opensOn == null ? null : opensOn.atStartOfDay(FrenchTime.ZONE).toInstant(),
				closesOn == null ? null
						: closesOn.plusDays(1).atStartOfDay(FrenchTime.ZONE).toInstant().minusSeconds(1),
				mode, teamMin == null ? 1 : teamMin, teamMax == null ? 1 : teamMax, oneTeamPerTerritory, teamLevel,
				new LinkedHashSet<>(wishedRoles), list);
	}

}
