package org.maillage.event;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.maillage.common.FrenchTime;

/**
 * The calendar's filters and its month grid (weeks from Monday, days outside the month
 * shown empty).
 */
final class Agenda {

	private Agenda() {
	}

	/** The filters of the calendar; blank means "all". */
	record Filters(EventFormat format, String theme, String territoryId, Long organisationId) {

		boolean accepts(Event event, Set<String> eventPlaces) {
			return (format == null || event.format() == format)
					&& (theme == null || theme.isBlank() || event.themes().contains(theme))
					&& (organisationId == null || event.organisationId() == organisationId)
					&& (territoryId == null || eventPlaces.contains(territoryId));
		}

	}

	/** One day of the month grid. */
	record Day(LocalDate date, boolean inMonth, List<Event> events) {
	}

	static List<List<Day>> month(YearMonth month, List<Event> events) {
		LocalDate first = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		LocalDate last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
		List<List<Day>> weeks = new ArrayList<>();
		List<Day> week = new ArrayList<>();
		for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
			LocalDate d = day;
			List<Event> that = events.stream()
				.filter(e -> !e.startsAt().atZone(FrenchTime.ZONE).toLocalDate().isAfter(d)
						&& !e.endsAt().atZone(FrenchTime.ZONE).toLocalDate().isBefore(d))
				.toList();
			week.add(new Day(day, YearMonth.from(day).equals(month), that));
			if (week.size() == 7) {
				weeks.add(week);
				week = new ArrayList<>();
			}
		}
		return weeks;
	}

}
