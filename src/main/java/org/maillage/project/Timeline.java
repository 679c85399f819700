package org.maillage.project;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A Gantt-like timeline computed on the server: each action is a bar placed in percent of
 * the project's span, each milestone a marker, months as graduations. Readable without
 * JavaScript (and printable).
 */
public record Timeline(LocalDate from, LocalDate to, List<Bar> bars, List<Marker> markers, List<Marker> months,
		Double todayPercent) {

	/** An action's bar: left offset and width in percent of the span. */
	public record Bar(Action action, double left, double width, boolean late) {

	}

	/** A dated point in percent of the span. */
	public record Marker(String label, LocalDate date, double left, boolean reached) {

	}

	static Timeline of(ActionPlan plan, LocalDate today) {
		LocalDate from = plan.project().startDate();
		LocalDate to = plan.project().endDate();
		for (Action a : plan.actions()) {
			from = min(from, a.startDate() != null ? a.startDate() : a.dueDate());
			to = max(to, a.dueDate() != null ? a.dueDate() : a.startDate());
		}
		for (Milestone m : plan.milestones()) {
			from = min(from, m.dueDate());
			to = max(to, m.dueDate());
		}
		if (from == null || to == null) {
			return new Timeline(null, null, List.of(), List.of(), List.of(), null);
		}
		from = from.withDayOfMonth(1);
		to = to.plusMonths(1).withDayOfMonth(1);
		LocalDate origin = from;
		double span = Math.max(1, ChronoUnit.DAYS.between(from, to));
		List<Bar> bars = new ArrayList<>();
		for (Action a : plan.actions()) {
			LocalDate start = a.startDate() != null ? a.startDate() : a.dueDate();
			LocalDate end = a.dueDate() != null ? a.dueDate() : a.startDate();
			if (start == null) {
				continue;
			}
			double left = ChronoUnit.DAYS.between(from, start) / span * 100;
			double width = Math.max(1, (ChronoUnit.DAYS.between(start, end) + 1) / span * 100);
			bars.add(new Bar(a, round(left), round(Math.min(width, 100 - left)), a.lateOn(today)));
		}
		List<Marker> markers = plan.milestones()
			.stream()
			.map(m -> new Marker(m.title(), m.dueDate(),
					round(ChronoUnit.DAYS.between(origin, m.dueDate()) / span * 100), m.reached()))
			.toList();
		List<Marker> months = new ArrayList<>();
		for (LocalDate month = from; month.isBefore(to); month = month.plusMonths(1)) {
			months.add(new Marker(null, month, round(ChronoUnit.DAYS.between(from, month) / span * 100), false));
		}
		Double todayPercent = today.isBefore(from) || !today.isBefore(to) ? null
				: round(ChronoUnit.DAYS.between(from, today) / span * 100);
		return new Timeline(from, to, bars, markers, months, todayPercent);
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

	private static LocalDate min(LocalDate a, LocalDate b) {
		return a == null ? b : (b == null || a.isBefore(b) ? a : b);
	}

	private static LocalDate max(LocalDate a, LocalDate b) {
		return a == null ? b : (b == null || a.isAfter(b) ? a : b);
	}

}
