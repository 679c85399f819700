package org.maillage.project;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds a project's dashboard in a fixed number of queries, whatever the number of
 * actions, indicators or budget lines.
 */
@Service
@Transactional(readOnly = true)
public class DashboardService {

	private final ActionPlanService plans;

	private final FollowUpService followUp;

	DashboardService(ActionPlanService plans, FollowUpService followUp) {
		this.plans = plans;
		this.followUp = followUp;
	}

	public Dashboard dashboard(long projectId) {
		ActionPlan plan = plans.plan(projectId);
		LocalDate today = ActionPlanService.today();
		List<Dashboard.AxisProgress> axes = new ArrayList<>();
		for (WorkPackage wp : plan.workPackages()) {
			axes.add(axis(wp.id(), wp.title(), plan.actionsOf(wp.id()), today));
		}
		List<Action> loose = plan.actionsOf(null);
		if (!loose.isEmpty()) {
			axes.add(axis(null, null, loose, today));
		}
		List<Action> late = plan.actions().stream().filter(a -> a.lateOn(today)).toList();
		List<Milestone> next = plan.milestones()
			.stream()
			.filter(m -> !m.reached() && !m.dueDate().isBefore(today))
			.limit(5)
			.toList();
		return new Dashboard(plan.open(), today, axes, late, next, followUp.tracks(projectId),
				followUp.budgetOf(projectId), Dashboard.countByStatus(plan.actions()),
				ActionPlan.progress(plan.actions()));
	}

	private static Dashboard.AxisProgress axis(Long id, String title, List<Action> actions, LocalDate today) {
		return new Dashboard.AxisProgress(id, title, actions.size(), ActionPlan.progress(actions),
				(int) actions.stream().filter(a -> a.lateOn(today)).count());
	}

}
