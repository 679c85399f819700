package org.maillage.project;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.maillage.account.UserRef;
import org.maillage.common.ConflictException;
import org.maillage.common.NotFoundException;
import org.maillage.directory.PersonProfileService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Following a project up: indicators and their measurements (partners' members), budget
 * and funding (pilot, co-pilots and funders' admins), steering committee (people of the
 * accepted partner organisations) and decision log (pilot and co-pilots' admins).
 */
@Service
@Transactional
public class FollowUpService {

	private final ProjectService projects;

	private final IndicatorRepository indicators;

	private final MeasurementRepository measurements;

	private final BudgetLineRepository budgetLines;

	private final CommitteeMemberRepository committee;

	private final DecisionRepository decisions;

	private final ProjectPermissions permissions;

	private final ActionRepository actions;

	private final ActionPlanService plans;

	private final PersonProfileService profiles;

	FollowUpService(ProjectService projects, IndicatorRepository indicators, MeasurementRepository measurements,
			BudgetLineRepository budgetLines, CommitteeMemberRepository committee, DecisionRepository decisions,
			ProjectPermissions permissions, ActionRepository actions, ActionPlanService plans,
			PersonProfileService profiles) {
		this.actions = actions;
		this.plans = plans;
		this.profiles = profiles;
		this.projects = projects;
		this.indicators = indicators;
		this.measurements = measurements;
		this.budgetLines = budgetLines;
		this.committee = committee;
		this.decisions = decisions;
		this.permissions = permissions;
	}

	/** Indicators of a visible project with their measurements, in two queries. */
	@Transactional(readOnly = true)
	public List<IndicatorTrack> indicators(long projectId) {
		projects.open(projectId);
		return tracks(projectId);
	}

	List<IndicatorTrack> tracks(long projectId) {
		List<Indicator> list = indicators.findByProjectIdOrderById(projectId);
		if (list.isEmpty()) {
			return List.of();
		}
		Map<Long, List<Measurement>> byIndicator = measurements
			.findByIndicators(list.stream().map(Indicator::id).toList())
			.stream()
			.collect(Collectors.groupingBy(Measurement::indicatorId));
		return list.stream().map(i -> new IndicatorTrack(i, byIndicator.getOrDefault(i.id(), List.of()))).toList();
	}

	public Indicator addIndicator(long projectId, String name, String unit, double baseline, double target) {
		ProjectPermissions.require(projects.open(projectId).can().work());
		Indicator indicator = new Indicator(projectId);
		indicator.define(name, unit, baseline, target);
		return indicators.save(indicator);
	}

	public Indicator updateIndicator(long projectId, long indicatorId, long version, String name, String unit,
			double baseline, double target) {
		ProjectPermissions.require(projects.open(projectId).can().work());
		Indicator indicator = indicator(projectId, indicatorId);
		if (indicator.version() != version) {
			throw new ConflictException(IndicatorSnapshot.of(indicator));
		}
		indicator.define(name, unit, baseline, target);
		indicators.saveAndFlush(indicator);
		return indicator;
	}

	public Measurement measure(long projectId, long indicatorId, LocalDate on, double value, String comment) {
		ProjectPermissions.require(projects.open(projectId).can().work());
		indicator(projectId, indicatorId);
		UserRef user = permissions.requireUser();
		return measurements.save(new Measurement(indicatorId, on, value, comment, user.id(), user.displayName()));
	}

	public void deleteIndicator(long projectId, long indicatorId) {
		ProjectPermissions.require(projects.open(projectId).can().work());
		indicators.delete(indicator(projectId, indicatorId));
	}

	@Transactional(readOnly = true)
	public Budget budget(long projectId) {
		projects.open(projectId);
		return Budget.of(budgetLines.findByProjectIdOrderById(projectId));
	}

	Budget budgetOf(long projectId) {
		return Budget.of(budgetLines.findByProjectIdOrderById(projectId));
	}

	public BudgetLine addExpense(long projectId, String label, long amountCents) {
		ProjectPermissions.require(projects.open(projectId).can().editBudget());
		return budgetLines.save(BudgetLine.expense(projectId, label, amountCents));
	}

	public BudgetLine addFunding(long projectId, String label, String funder, FundingProgramme programme,
			FundingStatus status, long amountCents) {
		ProjectPermissions.require(projects.open(projectId).can().editBudget());
		return budgetLines.save(BudgetLine.funding(projectId, label, funder, programme, status, amountCents));
	}

	public void deleteBudgetLine(long projectId, long lineId) {
		ProjectPermissions.require(projects.open(projectId).can().editBudget());
		budgetLines.delete(budgetLines.findById(lineId)
			.filter(l -> l.projectId() == projectId)
			.orElseThrow(() -> new NotFoundException("project.budget.notFound")));
	}

	@Transactional(readOnly = true)
	public Governance governance(long projectId) {
		OpenProject open = projects.open(projectId);
		List<CommitteeMember> members = committee.findByProjectIdOrderByName(projectId);
		return new Governance(open, members, decisions.findByProjectIdOrderByDecidedOnDescIdDesc(projectId),
				profiles.openProfiles(members.stream().map(CommitteeMember::userId).filter(Objects::nonNull).toList()));
	}

	/**
	 * Seats a member of an accepted partner organisation on the steering committee;
	 * anyone else is refused next to the {@code person} field.
	 */
	public CommitteeMember addCommitteeMember(long projectId, long organisationId, long userId, String function) {
		OpenProject open = projects.open(projectId);
		ProjectPermissions.require(open.can().editProject());
		Partner partner = committeePartner(open.project(), organisationId, "person");
		PersonChoice person = plans.member(partner, userId)
			.orElseThrow(() -> new InvalidProjectField("person", "project.committee.notMember"));
		return committee.save(CommitteeMember.member(projectId, person, partner, function));
	}

	/**
	 * Seats someone without an account (an elected official, say), who still sits for one
	 * of the accepted partner organisations.
	 */
	public CommitteeMember addCommitteeMemberWithoutAccount(long projectId, String name, long organisationId,
			String function) {
		OpenProject open = projects.open(projectId);
		ProjectPermissions.require(open.can().editProject());
		Partner partner = committeePartner(open.project(), organisationId, "person");
		return committee.save(CommitteeMember.withoutAccount(projectId, name, partner, function));
	}

	public void removeCommitteeMember(long projectId, long memberId) {
		ProjectPermissions.require(projects.open(projectId).can().editProject());
		committee.findById(memberId).filter(m -> m.projectId() == projectId).ifPresent(committee::delete);
	}

	public Decision decide(long projectId, LocalDate on, String decision, String decidedBy, List<Long> actionIds) {
		ProjectPermissions.require(projects.open(projectId).can().editProject());
		if (actions.findAllById(actionIds).stream().filter(a -> a.projectId() == projectId).count() != actionIds
			.stream()
			.distinct()
			.count()) {
			throw new InvalidProjectField("actionIds", "project.action.unknown");
		}
		return decisions.save(new Decision(projectId, on, decision, decidedBy, actionIds));
	}

	private static Partner committeePartner(Project project, long organisationId, String field) {
		return project.partner(organisationId)
			.filter(Partner::accepted)
			.orElseThrow(() -> new InvalidProjectField(field, "project.committee.notPartner"));
	}

	private Indicator indicator(long projectId, long indicatorId) {
		return indicators.findById(indicatorId)
			.filter(i -> i.projectId() == projectId)
			.orElseThrow(() -> new NotFoundException("project.indicator.notFound"));
	}

}
