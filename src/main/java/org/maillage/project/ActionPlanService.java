package org.maillage.project;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.maillage.account.AccountDirectory;
import org.maillage.account.UserRef;
import org.maillage.common.ConflictException;
import org.maillage.common.FrenchTime;
import org.maillage.common.NotFoundException;
import org.maillage.directory.Membership;
import org.maillage.directory.MembershipService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The action plan: work packages, actions, who does what, progress and milestones. Every
 * member of an accepted partner works on it; two people saving the same action from the
 * same version get a conflict, never a silent overwrite.
 */
@Service
@Transactional
public class ActionPlanService {

	static final int MY_ACTIONS_PAGE = 50;

	static final int MY_CALENDAR_LIMIT = 500;

	private static final List<ActionStatus> OPEN = List.of(ActionStatus.TODO, ActionStatus.IN_PROGRESS,
			ActionStatus.BLOCKED);

	private final ProjectService projects;

	private final ActionRepository actions;

	private final WorkPackageRepository workPackages;

	private final ActionUpdateRepository updates;

	private final MilestoneRepository milestones;

	private final MembershipService memberships;

	private final AccountDirectory accounts;

	private final ProjectPermissions permissions;

	private final Clock clock = Clock.systemUTC();

	ActionPlanService(ProjectService projects, ActionRepository actions, WorkPackageRepository workPackages,
			ActionUpdateRepository updates, MilestoneRepository milestones, MembershipService memberships,
			AccountDirectory accounts, ProjectPermissions permissions) {
		this.projects = projects;
		this.actions = actions;
		this.workPackages = workPackages;
		this.updates = updates;
		this.milestones = milestones;
		this.memberships = memberships;
		this.accounts = accounts;
		this.permissions = permissions;
	}

	@Transactional(readOnly = true)
	public ActionPlan plan(long projectId) {
		OpenProject open = projects.open(projectId);
		return new ActionPlan(open, workPackages.findByProjectIdOrderByPositionAscIdAsc(projectId),
				actions.findByProject(projectId), milestones.findByProjectIdOrderByDueDateAscIdAsc(projectId));
	}

	/** An action of a visible project, its history loaded. */
	@Transactional(readOnly = true)
	public ActionDetail action(long projectId, long actionId) {
		OpenProject open = projects.open(projectId);
		Action action = find(projectId, actionId);
		action.roles().size();
		Action dependsOn = action.dependsOnId() == null ? null : actions.findById(action.dependsOnId()).orElse(null);
		return new ActionDetail(open, action, updates.findByActionIdOrderByCreatedAtDescIdDesc(actionId), dependsOn);
	}

	/** Members of the accepted partners, who may be made responsible for an action. */
	@Transactional(readOnly = true)
	public List<PersonChoice> people(long projectId) {
		OpenProject open = projects.open(projectId);
		List<PersonChoice> people = new ArrayList<>();
		for (Partner partner : open.project().acceptedPartners()) {
			for (Membership m : memberships.membersOf(partner.organisationId())) {
				accounts.findById(m.userId())
					.ifPresent(u -> people.add(new PersonChoice(u.id(), u.displayName(), partner.organisationId(),
							partner.organisationName())));
			}
		}
		return people;
	}

	/**
	 * The person {@code userId} as a member of a partner organisation, if they are one.
	 */
	Optional<PersonChoice> member(Partner partner, long userId) {
		if (memberships.membersOf(partner.organisationId()).stream().noneMatch(m -> m.userId() == userId)) {
			return Optional.empty();
		}
		return accounts.findById(userId)
			.map(u -> new PersonChoice(u.id(), u.displayName(), partner.organisationId(), partner.organisationName()));
	}

	public WorkPackage addWorkPackage(long projectId, String title) {
		OpenProject open = projects.open(projectId);
		ProjectPermissions.require(open.can().work());
		int position = workPackages.findByProjectIdOrderByPositionAscIdAsc(projectId).size() + 1;
		return workPackages.save(new WorkPackage(projectId, title, position));
	}

	public void renameWorkPackage(long projectId, long workPackageId, String title) {
		ProjectPermissions.require(projects.open(projectId).can().work());
		workPackage(projectId, workPackageId).rename(title);
	}

	public void deleteWorkPackage(long projectId, long workPackageId) {
		ProjectPermissions.require(projects.open(projectId).can().work());
		workPackages.delete(workPackage(projectId, workPackageId));
	}

	public Action createAction(long projectId, ActionCommand command) {
		OpenProject open = projects.open(projectId);
		ProjectPermissions.require(open.can().work());
		Action action = new Action(projectId, clock.instant());
		action.define(command, checkResponsible(open.project(), command));
		checkLinks(projectId, command, null);
		actions.saveAndFlush(action);
		record(action, null);
		return action;
	}

	/**
	 * Saves an action edited from {@code version}; someone saved in between: a
	 * {@link ConflictException} carrying the stored action, nothing written.
	 */
	public Action updateAction(long projectId, long actionId, long version, ActionCommand command) {
		OpenProject open = projects.open(projectId);
		ProjectPermissions.require(open.can().work());
		Action action = find(projectId, actionId);
		requireVersion(action, version);
		checkLinks(projectId, command, actionId);
		ActionStatus before = action.status();
		int progressBefore = action.progress();
		action.define(command, checkResponsible(open.project(), command));
		action.touch(clock.instant());
		actions.saveAndFlush(action);
		if (before != action.status() || progressBefore != action.progress()) {
			record(action, null);
		}
		return action;
	}

	/** "What moved": a partner records the status and progress reached, with a note. */
	public Action progress(long projectId, long actionId, long version, ActionStatus status, Integer progress,
			String note) {
		OpenProject open = projects.open(projectId);
		ProjectPermissions.require(open.can().work());
		Action action = find(projectId, actionId);
		requireVersion(action, version);
		action.progress(status, progress);
		action.touch(clock.instant());
		actions.saveAndFlush(action);
		record(action, Project.blankToNull(note));
		return action;
	}

	public void deleteAction(long projectId, long actionId) {
		ProjectPermissions.require(projects.open(projectId).can().work());
		actions.delete(find(projectId, actionId));
	}

	/** Sets an organisation's R/A/C/I role on an action ({@code null}: none). */
	public void assign(long projectId, long actionId, long organisationId, Raci role) {
		OpenProject open = projects.open(projectId);
		ProjectPermissions.require(open.can().work());
		if (open.project().partner(organisationId).filter(Partner::accepted).isEmpty()) {
			throw new InvalidProjectField("organisationId", "project.partner.notAccepted");
		}
		Action action = find(projectId, actionId);
		if (Objects.equals(action.responsibleOrganisationId(), organisationId) && role != Raci.R) {
			throw new InvalidProjectField("role", "project.matrix.responsibleKeepsR");
		}
		action.assign(organisationId, role);
		action.touch(clock.instant());
	}

	public Milestone addMilestone(long projectId, String title, LocalDate dueDate) {
		ProjectPermissions.require(projects.open(projectId).can().work());
		return milestones.save(new Milestone(projectId, title, dueDate));
	}

	public void markMilestone(long projectId, long milestoneId, boolean reached) {
		ProjectPermissions.require(projects.open(projectId).can().work());
		milestone(projectId, milestoneId).markReached(reached);
	}

	public void deleteMilestone(long projectId, long milestoneId) {
		ProjectPermissions.require(projects.open(projectId).can().work());
		milestones.delete(milestone(projectId, milestoneId));
	}

	/**
	 * A page (from 0) of the current user's open actions across all projects, late ones
	 * first (then by due date), in two queries (the page and the count).
	 */
	@Transactional(readOnly = true)
	public Page<MyAction> myActions(int page) {
		UserRef user = permissions.requireUser();
		return actions.findMine(user.id(), OPEN, PageRequest.of(Math.max(0, page), MY_ACTIONS_PAGE));
	}

	/** The current user's open actions for their calendar. */
	@Transactional(readOnly = true)
	public List<MyAction> myDueDates() {
		UserRef user = permissions.requireUser();
		return actions.findMine(user.id(), OPEN, PageRequest.of(0, MY_CALENDAR_LIMIT)).getContent();
	}

	static LocalDate today() {
		return LocalDate.now(FrenchTime.ZONE);
	}

	private void requireVersion(Action action, long version) {
		if (action.version() != version) {
			throw new ConflictException(ActionSnapshot.of(action));
		}
	}

	private void record(Action action, String note) {
		UserRef user = permissions.requireUser();
		updates.save(new ActionUpdate(action.id(), user.id(), user.displayName(), note, action.status(),
				action.progress(), clock.instant()));
	}

	private String checkResponsible(Project project, ActionCommand command) {
		if (command.responsibleOrganisationId() != null
				&& project.partner(command.responsibleOrganisationId()).filter(Partner::accepted).isEmpty()) {
			throw new InvalidProjectField("responsibleOrganisationId", "project.partner.notAccepted");
		}
		if (command.responsibleUserId() == null) {
			return null;
		}
		if (command.responsibleOrganisationId() == null || memberships.membersOf(command.responsibleOrganisationId())
			.stream()
			.noneMatch(m -> m.userId() == command.responsibleUserId())) {
			throw new InvalidProjectField("responsibleUserId", "project.action.responsibleNotMember");
		}
		return accounts.findById(command.responsibleUserId()).map(UserRef::displayName).orElse(null);
	}

	private void checkLinks(long projectId, ActionCommand command, Long actionId) {
		if (command.workPackageId() != null) {
			workPackage(projectId, command.workPackageId());
		}
		if (command.dependsOnId() != null) {
			if (command.dependsOnId().equals(actionId)) {
				throw new InvalidProjectField("dependsOnId", "project.action.dependsOnItself");
			}
			actions.findById(command.dependsOnId())
				.filter(a -> a.projectId() == projectId)
				.orElseThrow(() -> new InvalidProjectField("dependsOnId", "project.action.unknown"));
		}
	}

	private Action find(long projectId, long actionId) {
		return actions.findById(actionId)
			.filter(a -> a.projectId() == projectId)
			.orElseThrow(() -> new NotFoundException("project.action.notFound"));
	}

	private WorkPackage workPackage(long projectId, long workPackageId) {
		return workPackages.findById(workPackageId)
			.filter(w -> w.projectId() == projectId)
			.orElseThrow(() -> new InvalidProjectField("workPackageId", "project.workPackage.unknown"));
	}

	private Milestone milestone(long projectId, long milestoneId) {
		return milestones.findById(milestoneId)
			.filter(m -> m.projectId() == projectId)
			.orElseThrow(() -> new NotFoundException("project.milestone.notFound"));
	}

}
