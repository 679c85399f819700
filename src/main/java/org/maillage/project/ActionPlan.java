package org.maillage.project;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A project's action plan as shown: its work packages (axes), actions and milestones,
 * read in a fixed number of queries whatever their number.
 */
public record ActionPlan(OpenProject open, List<WorkPackage> workPackages, List<Action> actions,
		List<Milestone> milestones) {

	public Project project() {
		return open.project();
	}

	public List<Action> actionsOf(Long workPackageId) {
		return actions.stream().filter(a -> Objects.equals(a.workPackageId(), workPackageId)).toList();
	}

	/** Average progress of the open and done actions (cancelled ones do not count). */
	public static int progress(List<Action> actions) {
		return (int) Math.round(actions.stream()
			.filter(a -> a.status() != ActionStatus.CANCELLED)
			.mapToInt(Action::progress)
			.average()
			.orElse(0));
	}

	public int progressOf(Long workPackageId) {
		return progress(actionsOf(workPackageId));
	}

	public Map<Long, Action> actionsById() {
		return actions.stream().collect(Collectors.toMap(Action::id, Function.identity()));
	}

	public Map<Long, String> partnerNames() {
		return project().partners()
			.stream()
			.collect(Collectors.toMap(Partner::organisationId, Partner::organisationName));
	}

}
