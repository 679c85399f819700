package org.maillage.directory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.maillage.account.AccountDirectory;
import org.maillage.account.PersonalDataContributor;
import org.maillage.search.SearchEntryChanged;
import org.maillage.search.SearchType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory's part of a person's data: profile, memberships, claims and invitations
 * they sent. Erasing removes them and forgets the person as creator of organisations or
 * decider of claims.
 */
@Component
class DirectoryPersonalData implements PersonalDataContributor {

	private final PersonProfileRepository profiles;

	private final MembershipRepository memberships;

	private final ClaimRepository claims;

	private final InvitationRepository invitations;

	private final OrganisationRepository organisations;

	private final AccountDirectory accounts;

	private final ApplicationEventPublisher events;

	DirectoryPersonalData(PersonProfileRepository profiles, MembershipRepository memberships, ClaimRepository claims,
			InvitationRepository invitations, OrganisationRepository organisations, AccountDirectory accounts,
			ApplicationEventPublisher events) {
		this.events = events;
		this.profiles = profiles;
		this.memberships = memberships;
		this.claims = claims;
		this.invitations = invitations;
		this.organisations = organisations;
		this.accounts = accounts;
	}

	@Override
	public String section() {
		return "directory";
	}

	record ProfileData(String function, String skills, String visibility) {
	}

	record MembershipData(long organisationId, String organisation, String function, String role, String since) {
	}

	record ClaimData(long organisationId, String message, String status, String createdAt) {
	}

	record InvitationData(long organisationId, String email, String role, String createdAt, boolean pending) {
	}

	@Override
	@Transactional(readOnly = true)
	public Object export(long userId) {
		Map<String, Object> data = new LinkedHashMap<>();
		profiles.findById(userId)
			.ifPresent(p -> data.put("profile", new ProfileData(p.function(), p.skills(), p.visibility().name())));
		data.put("memberships",
				memberships.findByUserId(userId)
					.stream()
					.map(m -> new MembershipData(m.organisationId(),
							organisations.findById(m.organisationId()).map(Organisation::name).orElse(null),
							m.function(), m.role().name(), m.createdAt().toString()))
					.toList());
		data.put("claims", claims.findByUserId(userId)
			.stream()
			.map(c -> new ClaimData(c.organisationId(), c.message(), c.status().name(), c.createdAt().toString()))
			.toList());
		data.put("invitationsSent",
				invitations.findByInvitedBy(userId)
					.stream()
					.map(i -> new InvitationData(i.organisationId(), i.email(), i.role().name(),
							i.createdAt().toString(), i.isPending()))
					.toList());
		data.put("organisationsCreated",
				organisations.findByCreatedBy(userId)
					.stream()
					.map(o -> Map.of("id", o.id(), "name", o.name()))
					.toList());
		return data;
	}

	@Override
	@Transactional
	public void erase(long userId) {
		String email = accounts.findById(userId).map(u -> u.email()).orElse("");
		profiles.deleteById(userId);
		events.publishEvent(new SearchEntryChanged(SearchType.PERSON, String.valueOf(userId)));
		memberships.deleteByUser(userId);
		claims.deleteByUser(userId);
		claims.findByDecidedBy(userId).forEach(Claim::forgetDecider);
		invitations.deleteByInviterOrEmail(userId, email);
		organisations.findByCreatedBy(userId).forEach(Organisation::forgetCreator);
		organisations.flush();
	}

}
