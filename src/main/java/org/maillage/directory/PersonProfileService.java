package org.maillage.directory;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.maillage.account.AccountDirectory;
import org.maillage.account.UserRef;
import org.maillage.common.NotFoundException;
import org.maillage.search.SearchEntryChanged;
import org.maillage.search.SearchType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * People's public profiles: what they show (function, skills, organisations) and to whom
 * (everyone, members, nobody). A profile nobody may see is a 404, like a page that does
 * not exist.
 */
@Service
@Transactional
public class PersonProfileService {

	/** A person as their profile page shows them. */
	public record Person(long userId, String displayName, String function, String skills, Visibility visibility,
			List<Organisation> organisations) {
	}

	private final PersonProfileRepository profiles;

	private final MembershipRepository memberships;

	private final OrganisationRepository organisations;

	private final AccountDirectory accounts;

	private final OrganisationPermissions permissions;

	private final ApplicationEventPublisher events;

	PersonProfileService(PersonProfileRepository profiles, MembershipRepository memberships,
			OrganisationRepository organisations, AccountDirectory accounts, OrganisationPermissions permissions,
			ApplicationEventPublisher events) {
		this.events = events;
		this.profiles = profiles;
		this.memberships = memberships;
		this.organisations = organisations;
		this.accounts = accounts;
		this.permissions = permissions;
	}

	@Transactional(readOnly = true)
	public Person person(long userId) {
		UserRef user = accounts.findById(userId).orElseThrow(NotFoundException::new);
		boolean loggedIn = permissions.loggedIn();
		boolean self = permissions.user().map(u -> u.id() == userId).orElse(false);
		PersonProfile profile = profiles.findById(userId).orElseGet(() -> new PersonProfile(userId));
		if (!profile.visibleTo(loggedIn, self)) {
			throw new NotFoundException();
		}
		List<Organisation> theirs = memberships.findByUserId(userId)
			.stream()
			.map(m -> organisations.findById(m.organisationId()))
			.flatMap(Optional::stream)
			.filter(o -> o.visibleTo(loggedIn))
			.toList();
		return new Person(userId, user.displayName(), profile.function(), profile.skills(), profile.visibility(),
				theirs);
	}

	/**
	 * Among these people, those whose profile page the current viewer may open, for other
	 * modules that link names to profiles; in one query for the profiles.
	 */
	@Transactional(readOnly = true)
	public Set<Long> openProfiles(Collection<Long> userIds) {
		if (userIds.isEmpty()) {
			return Set.of();
		}
		boolean loggedIn = permissions.loggedIn();
		Long me = permissions.user().map(UserRef::id).orElse(null);
		Map<Long, PersonProfile> saved = new HashMap<>();
		profiles.findAllById(Set.copyOf(userIds)).forEach(p -> saved.put(p.userId(), p));
		Set<Long> open = new HashSet<>();
		for (Long userId : Set.copyOf(userIds)) {
			PersonProfile profile = saved.getOrDefault(userId, new PersonProfile(userId));
			if (profile.visibleTo(loggedIn, userId.equals(me)) && accounts.findById(userId).isPresent()) {
				open.add(userId);
			}
		}
		return open;
	}

	@Transactional(readOnly = true)
	public PersonProfile mine() {
		long userId = permissions.requireUser().id();
		return profiles.findById(userId).orElseGet(() -> new PersonProfile(userId));
	}

	public void update(String function, String skills, Visibility visibility) {
		long userId = permissions.requireUser().id();
		PersonProfile profile = profiles.findById(userId).orElseGet(() -> profiles.save(new PersonProfile(userId)));
		profile.update(OrganisationService.blankToNull(function), OrganisationService.blankToNull(skills),
				visibility == null ? Visibility.MEMBERS : visibility);
		events.publishEvent(new SearchEntryChanged(SearchType.PERSON, String.valueOf(userId)));
	}

}
