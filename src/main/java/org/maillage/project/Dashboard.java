package org.maillage.project;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A project at a glance for its steering committee: progress by axis, late actions, next
 * milestones, indicators against their targets and the funding gap.
 */
public record Dashboard(OpenProject open, LocalDate today, List<AxisProgress> axes, List<Action> late,
		List<Milestone> nextMilestones, List<IndicatorTrack> indicators, Budget budget,
		Map<ActionStatus, Long> actionsByStatus, int progress) {

	/** Progress of one work package (or of the actions in none, with a null id). */
	public record AxisProgress(Long workPackageId, String title, int actions, int progress, int late) {

	}

	static Map<ActionStatus, Long> countByStatus(List<Action> actions) {
		Map<ActionStatus, Long> counts = new EnumMap<>(ActionStatus.class);
		for (ActionStatus status : ActionStatus.values()) {
			counts.put(status, actions.stream().filter(a -> a.status() == status).count());
		}
		return counts;
	}

	public Project project() {
		return open.project();
	}

}
