package org.maillage.project;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.maillage.account.UserRef;
import org.maillage.common.ConflictException;
import org.maillage.directory.Organisation;
import org.maillage.directory.OrganisationService;
import org.maillage.search.SearchEntryChanged;
import org.maillage.search.SearchType;
import org.maillage.territory.TerritoryService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating and describing projects and managing their partners. The admins of an
 * organisation create projects it leads (it becomes the pilot); the pilot's admins invite
 * partners, whose admins accept or decline. Edits from a stale version are refused with
 * both versions, never silently overwritten.
 */
@Service
@Transactional
public class ProjectService {

	private final ProjectRepository projects;

	private final ProjectPermissions permissions;

	private final OrganisationService organisations;

	private final TerritoryService territories;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final org.maillage.project.internal.CoverImages covers;

	ProjectService(ProjectRepository projects, ProjectPermissions permissions, OrganisationService organisations,
			TerritoryService territories, ApplicationEventPublisher events,
			org.maillage.project.internal.CoverImages covers) {
		this.covers = covers;
		this.projects = projects;
		this.permissions = permissions;
		this.organisations = organisations;
		this.territories = territories;
		this.events = events;
		this.clock = Clock.systemUTC();
	}

	/** A project the current viewer may see, with what they may do; otherwise a 404. */
	@Transactional(readOnly = true)
	public OpenProject open(long id) {
		var viewer = permissions.viewer();
		Project project = permissions.visible(projects.findById(id), viewer);
		project.loadDetails();
		return new OpenProject(project, ProjectPermissions.access(project, viewer));
	}

	/**
	 * Replaces the cover image (pilot and co-pilots' admins); the old file stays as an
	 * orphan.
	 */
	public void changeCover(long id, byte[] upload) {
		OpenProject open = open(id);
		ProjectPermissions.require(open.can().editProject());
		open.project().changeCover(covers.keep(upload));
		open.project().touch(clock.instant());
	}

	/** The cover image file of a visible project. */
	@Transactional(readOnly = true)
	public java.util.Optional<java.nio.file.Path> cover(long id) {
		return covers.file(open(id).project().coverFile());
	}

	/** Organisations the current user administers, which may lead a new project. */
	@Transactional(readOnly = true)
	public List<Organisation> possibleLeads() {
		var viewer = permissions.viewer();
		return viewer.adminOrganisations()
			.stream()
			.flatMap(id -> organisations.find(id).stream())
			.sorted(java.util.Comparator.comparing(Organisation::name))
			.toList();
	}

	public Project create(long leadOrganisationId, ProjectCommand command) {
		var viewer = permissions.viewer();
		UserRef user = permissions.requireUser();
		Organisation lead = organisations.find(leadOrganisationId)
			.orElseThrow(() -> new InvalidProjectField("leadOrganisationId", "project.lead.unknown"));
		if (!viewer.adminOf(leadOrganisationId) && !viewer.platformAdmin()) {
			throw new InvalidProjectField("leadOrganisationId", "project.lead.notAdmin");
		}
		Instant now = clock.instant();
		Project project = new Project(command.title(), lead.id(), lead.name(), user.id(), now);
		project.describe(command, scope(command.territoryId()));
		projects.saveAndFlush(project);
		changed(project);
		project.loadDetails();
		return project;
	}

	public Project update(long id, long version, ProjectCommand command) {
		OpenProject open = open(id);
		ProjectPermissions.require(open.can().editProject());
		Project project = open.project();
		if (project.version() != version) {
			throw new ConflictException(ProjectSnapshot.of(project));
		}
		project.describe(command, scope(command.territoryId()));
		project.touch(clock.instant());
		projects.flush();
		changed(project);
		return project;
	}

	public void delete(long id) {
		OpenProject open = open(id);
		ProjectPermissions.require(open.can().managePartners());
		projects.delete(open.project());
		events.publishEvent(new SearchEntryChanged(SearchType.PROJECT, String.valueOf(id)));
	}

	/** The pilot's admins invite an organisation of the directory with a role. */
	public Partner invite(long projectId, long organisationId, PartnerRole role) {
		OpenProject open = open(projectId);
		ProjectPermissions.require(open.can().managePartners());
		if (role == null) {
			throw new InvalidProjectField("role", "project.partner.role.required");
		}
		Organisation organisation = organisations.find(organisationId)
			.orElseThrow(() -> new InvalidProjectField("organisationId", "project.partner.unknown"));
		Project project = open.project();
		Partner partner = project.invite(organisation.id(), organisation.name(), role, clock.instant());
		project.touch(clock.instant());
		// flush, not save: a merge would replace the new partner by a copy
		projects.flush();
		events.publishEvent(new PartnerInvited(project.id(), project.title(), organisation.id(), organisation.name(),
				permissions.requireUser().displayName()));
		return partner;
	}

	/** An admin of the invited organisation accepts or declines. */
	public void answer(long projectId, long partnerId, boolean accept) {
		OpenProject open = open(projectId);
		if (!open.can().answerable().contains(partnerId)) {
			open.project().partnerById(partnerId);
			throw new org.maillage.common.ForbiddenException("project.invitation.forbidden");
		}
		Project project = open.project();
		project.partnerById(partnerId).answer(accept, clock.instant());
		project.touch(clock.instant());
		changed(project);
	}

	/**
	 * A partner's new role (kept when {@code role} is null) and contact person (none when
	 * {@code contactName} is blank).
	 */
	public Partner changePartner(long projectId, long partnerId, PartnerRole role, String contactName) {
		OpenProject open = open(projectId);
		ProjectPermissions.require(open.can().managePartners());
		Project project = open.project();
		Partner partner = project.partnerById(partnerId);
		String contact = Project.blankToNull(contactName);
		if (contact != null && contact.length() > Partner.CONTACT_MAX) {
			throw new InvalidProjectField("contactName", "project.partner.contact.size");
		}
		if (role != null) {
			project.changeRole(partnerId, role);
		}
		partner.changeContact(null, contact);
		project.touch(clock.instant());
		changed(project);
		return partner;
	}

	public void removePartner(long projectId, long partnerId) {
		OpenProject open = open(projectId);
		ProjectPermissions.require(open.can().managePartners());
		Project project = open.project();
		project.removePartner(partnerId);
		project.touch(clock.instant());
		changed(project);
	}

	/** Projects inviting an organisation the current user administers. */
	@Transactional(readOnly = true)
	public List<OpenProject> invitations() {
		var viewer = permissions.viewer();
		Set<Long> mine = viewer.adminOrganisations();
		if (mine.isEmpty()) {
			return List.of();
		}
		return projects.findInvitedAmong(mine).stream().map(p -> {
			p.loadDetails();
			return new OpenProject(p, ProjectPermissions.access(p, viewer));
		}).filter(o -> !o.can().answerable().isEmpty()).toList();
	}

	/** Projects an organisation takes part in, as the current viewer may see them. */
	@Transactional(readOnly = true)
	public List<OpenProject> ofOrganisation(long organisationId) {
		var viewer = permissions.viewer();
		return projects.findByPartner(organisationId, PartnerStatus.ACCEPTED).stream().map(p -> {
			p.loadDetails();
			return new OpenProject(p, ProjectPermissions.access(p, viewer));
		}).filter(o -> o.can().see()).toList();
	}

	/** Names of partner organisations by id, for facets. */
	@Transactional(readOnly = true)
	public java.util.Map<Long, String> partnerNames(java.util.Collection<Long> organisationIds) {
		java.util.Map<Long, String> names = new java.util.HashMap<>();
		if (!organisationIds.isEmpty()) {
			projects.findPartnerNames(organisationIds).forEach(row -> names.put((Long) row[0], (String) row[1]));
		}
		return names;
	}

	private Set<String> scope(String territoryId) {
		if (territoryId == null || territoryId.isBlank()) {
			return Set.of();
		}
		if (territories.find(territoryId).isEmpty()) {
			throw new InvalidProjectField("territory", "project.territory.unknown");
		}
		Set<String> scope = new HashSet<>(territories.containing(territoryId));
		scope.add(territoryId);
		return scope;
	}

	private void changed(Project project) {
		events.publishEvent(new SearchEntryChanged(SearchType.PROJECT, String.valueOf(project.id())));
	}

}
