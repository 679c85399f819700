package org.maillage.directory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.maillage.account.AccountDirectory;
import org.maillage.account.UserRef;
import org.maillage.common.DomainException;
import org.maillage.common.ForbiddenException;
import org.maillage.common.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who belongs to which organisation. Organisation admins invite (by e-mail), change roles
 * and remove members; anyone may leave; a member may claim an organisation, which
 * animators approve or refuse.
 */
@Service
@Transactional
public class MembershipService {

	private final MembershipRepository memberships;

	private final InvitationRepository invitations;

	private final ClaimRepository claims;

	private final OrganisationRepository organisations;

	private final PersonProfileRepository profiles;

	private final AccountDirectory accounts;

	private final OrganisationPermissions permissions;

	private final ApplicationEventPublisher events;

	private final Clock clock = Clock.systemUTC();

	MembershipService(MembershipRepository memberships, InvitationRepository invitations, ClaimRepository claims,
			OrganisationRepository organisations, PersonProfileRepository profiles, AccountDirectory accounts,
			OrganisationPermissions permissions, ApplicationEventPublisher events) {
		this.memberships = memberships;
		this.invitations = invitations;
		this.claims = claims;
		this.organisations = organisations;
		this.profiles = profiles;
		this.accounts = accounts;
		this.permissions = permissions;
		this.events = events;
	}

	/**
	 * Members the current viewer may see, according to each person's profile visibility.
	 */
	@Transactional(readOnly = true)
	public List<MemberView> visibleMembers(long organisationId) {
		permissions.visible(organisations.findById(organisationId));
		boolean loggedIn = permissions.loggedIn();
		Long me = permissions.user().map(UserRef::id).orElse(null);
		List<MemberView> result = new ArrayList<>();
		for (Membership m : memberships.findByOrganisationIdOrderByCreatedAt(organisationId)) {
			boolean visible = profiles.findById(m.userId())
				.map(p -> p.visibleTo(loggedIn, m.userId() == (me == null ? -1 : me)))
				.orElse(loggedIn);
			if (visible) {
				accounts.findById(m.userId())
					.ifPresent(user -> result
						.add(new MemberView(m.id(), m.userId(), user.displayName(), m.function(), m.role())));
			}
		}
		return result;
	}

	/** All members with their names, for the organisation's admins. */
	@Transactional(readOnly = true)
	public List<MemberView> allMembers(long organisationId) {
		requireAdmin(organisationId);
		return memberships.findByOrganisationIdOrderByCreatedAt(organisationId)
			.stream()
			.map(m -> new MemberView(m.id(), m.userId(),
					accounts.findById(m.userId()).map(UserRef::displayName).orElse("?"), m.function(), m.role()))
			.toList();
	}

	@Transactional(readOnly = true)
	public List<Invitation> pendingInvitations(long organisationId) {
		requireAdmin(organisationId);
		return invitations.findByOrganisationIdOrderByCreatedAt(organisationId)
			.stream()
			.filter(Invitation::isPending)
			.toList();
	}

	@Transactional(readOnly = true)
	public boolean isMember(long organisationId) {
		return permissions.user()
			.flatMap(u -> memberships.findByOrganisationIdAndUserId(organisationId, u.id()))
			.isPresent();
	}

	@Transactional(readOnly = true)
	public List<Membership> membershipsOf(long userId) {
		return memberships.findByUserId(userId);
	}

	/**
	 * Every membership of an organisation, for other modules' rules and notifications
	 * (who may act for a partner, whom to tell); not for display.
	 */
	@Transactional(readOnly = true)
	public List<Membership> membersOf(long organisationId) {
		return memberships.findByOrganisationIdOrderByCreatedAt(organisationId);
	}

	/**
	 * Invites someone by e-mail: an existing account becomes a member at once; otherwise
	 * an invitation is kept and mailed, and becomes a membership when an account with
	 * that address is confirmed.
	 */
	public void invite(long organisationId, String email, String function, MembershipRole role) {
		UserRef inviter = requireAdmin(organisationId);
		String address = email.strip().toLowerCase(Locale.ROOT);
		var existing = accounts.findByEmail(address);
		if (existing.isPresent()) {
			if (memberships.findByOrganisationIdAndUserId(organisationId, existing.get().id()).isPresent()) {
				throw new DomainException("directory.members.already");
			}
			memberships.save(new Membership(organisationId, existing.get().id(),
					OrganisationService.blankToNull(function), role, clock.instant()));
		}
		else {
			invitations.save(new Invitation(organisationId, address, OrganisationService.blankToNull(function), role,
					inviter.id(), clock.instant()));
		}
		events.publishEvent(new MemberInvited(organisationId, address, inviter.displayName(), existing.isPresent()));
	}

	/** A confirmed account takes up the invitations sent to its address. */
	public void acceptInvitations(long userId, String email) {
		for (Invitation invitation : invitations.findPendingByEmail(email.strip().toLowerCase(Locale.ROOT))) {
			if (memberships.findByOrganisationIdAndUserId(invitation.organisationId(), userId).isEmpty()) {
				memberships.save(new Membership(invitation.organisationId(), userId, invitation.function(),
						invitation.role(), clock.instant()));
			}
			invitation.accept(clock.instant());
		}
	}

	public void changeRole(long membershipId, MembershipRole role) {
		Membership membership = memberships.findById(membershipId).orElseThrow(NotFoundException::new);
		requireAdmin(membership.organisationId());
		if (role == MembershipRole.MEMBER && membership.isAdmin()) {
			requireAnotherAdmin(membership);
		}
		membership.changeRole(role);
	}

	public void remove(long membershipId) {
		Membership membership = memberships.findById(membershipId).orElseThrow(NotFoundException::new);
		requireAdmin(membership.organisationId());
		memberships.delete(membership);
	}

	/** The current user leaves the organisation. */
	public void leave(long organisationId) {
		UserRef user = permissions.requireUser();
		Membership membership = memberships.findByOrganisationIdAndUserId(organisationId, user.id())
			.orElseThrow(NotFoundException::new);
		memberships.delete(membership);
	}

	/** The current user says the organisation is theirs and asks to administer it. */
	public Claim claim(long organisationId, String message) {
		UserRef user = permissions.requireUser();
		permissions.visible(organisations.findById(organisationId));
		if (claims.existsByOrganisationIdAndUserIdAndStatus(organisationId, user.id(), Claim.Status.PENDING)) {
			throw new DomainException("directory.claim.pending");
		}
		return claims
			.save(new Claim(organisationId, user.id(), OrganisationService.blankToNull(message), clock.instant()));
	}

	@Transactional(readOnly = true)
	public List<Claim> pendingClaims() {
		permissions.requireAnimator();
		return claims.findByStatusOrderByCreatedAt(Claim.Status.PENDING);
	}

	/** Approving makes the claimant an admin of the organisation. */
	public void decide(long claimId, boolean approved) {
		UserRef animator = permissions.requireAnimator();
		Claim claim = claims.findById(claimId).orElseThrow(NotFoundException::new);
		claim.decide(approved, animator.id(), clock.instant());
		if (approved) {
			memberships.findByOrganisationIdAndUserId(claim.organisationId(), claim.userId())
				.ifPresentOrElse(m -> m.changeRole(MembershipRole.ADMIN),
						() -> memberships.save(new Membership(claim.organisationId(), claim.userId(), null,
								MembershipRole.ADMIN, clock.instant())));
		}
		events.publishEvent(new ClaimDecided(claim.id(), claim.organisationId(), claim.userId(), approved));
	}

	private void requireAnotherAdmin(Membership membership) {
		if (memberships.countByOrganisationIdAndRole(membership.organisationId(), MembershipRole.ADMIN) <= 1
				&& !permissions.requireUser().isAnimator()) {
			throw new DomainException("directory.members.lastAdmin");
		}
	}

	private UserRef requireAdmin(long organisationId) {
		Organisation organisation = permissions.visible(organisations.findById(organisationId));
		UserRef user = permissions.requireUser();
		if (!permissions.canEdit(user, organisation)) {
			throw new ForbiddenException("directory.organisation.forbidden");
		}
		return user;
	}

}
