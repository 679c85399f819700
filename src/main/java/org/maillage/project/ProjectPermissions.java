package org.maillage.project;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.maillage.account.CurrentUser;
import org.maillage.account.UserRef;
import org.maillage.common.ForbiddenException;
import org.maillage.common.NotFoundException;
import org.maillage.directory.Membership;
import org.maillage.directory.MembershipService;
import org.springframework.stereotype.Component;

/**
 * The one permission checker of projects. A visitor sees public projects; a member also
 * members-only ones; partners-only projects exist only for members of their partner
 * organisations (and for the admins of an invited organisation, so that they can answer).
 * Instance administrators may do everything.
 */
@Component
class ProjectPermissions {

	private final CurrentUser currentUser;

	private final MembershipService memberships;

	ProjectPermissions(CurrentUser currentUser, MembershipService memberships) {
		this.currentUser = currentUser;
		this.memberships = memberships;
	}

	/** Who is looking: the user and their organisations (id → admin of it), read once. */
	record Viewer(Optional<UserRef> user, Map<Long, Boolean> organisations) {

		boolean loggedIn() {
			return user.isPresent();
		}

		boolean platformAdmin() {
			return user.map(UserRef::isAdmin).orElse(false);
		}

		boolean memberOf(long organisationId) {
			return organisations.containsKey(organisationId);
		}

		boolean adminOf(long organisationId) {
			return organisations.getOrDefault(organisationId, false);
		}

		Set<Long> adminOrganisations() {
			return organisations.entrySet()
				.stream()
				.filter(Map.Entry::getValue)
				.map(Map.Entry::getKey)
				.collect(Collectors.toSet());
		}

	}

	Viewer viewer() {
		Optional<UserRef> user = currentUser.get();
		Map<Long, Boolean> organisations = new HashMap<>();
		user.ifPresent(u -> {
			for (Membership m : memberships.membershipsOf(u.id())) {
				organisations.merge(m.organisationId(), m.isAdmin(), Boolean::logicalOr);
			}
		});
		return new Viewer(user, organisations);
	}

	/** Pages: an anonymous visitor is sent to the login page. */
	void requireLogin() {
		if (currentUser.get().isEmpty()) {
			throw new org.springframework.security.access.AccessDeniedException("login required");
		}
	}

	UserRef requireUser() {
		return currentUser.require();
	}

	ProjectAccess access(Project project) {
		return access(project, viewer());
	}

	static ProjectAccess access(Project project, Viewer viewer) {
		boolean admin = viewer.platformAdmin();
		boolean work = admin;
		boolean editProject = admin;
		boolean managePartners = admin;
		boolean editBudget = admin;
		Set<Long> answerable = new java.util.HashSet<>();
		for (Partner partner : project.partners()) {
			long org = partner.organisationId();
			if (partner.accepted()) {
				work |= viewer.memberOf(org);
				editProject |= viewer.adminOf(org) && partner.role().editsProject();
				editBudget |= viewer.adminOf(org) && partner.role().editsBudget();
				managePartners |= viewer.adminOf(org) && partner.role() == PartnerRole.PILOT;
			}
			else if (partner.invited() && (viewer.adminOf(org) || admin)) {
				answerable.add(partner.id());
			}
		}
		boolean see = switch (project.visibility()) {
			case PUBLIC -> true;
			case MEMBERS -> viewer.loggedIn();
			case PARTNERS -> work || !answerable.isEmpty();
		};
		return new ProjectAccess(see, work, editProject, managePartners, editBudget, answerable);
	}

	/**
	 * Visitors and outsiders get a 404 for a project they may not see, as if it did not
	 * exist.
	 */
	Project visible(Optional<Project> project, Viewer viewer) {
		return project.filter(p -> access(p, viewer).see())
			.orElseThrow(() -> new NotFoundException("project.notFound"));
	}

	static void require(boolean allowed) {
		if (!allowed) {
			throw new ForbiddenException("project.forbidden");
		}
	}

}
