package org.maillage.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.maillage.common.NotFoundException;
import org.maillage.directory.MemberView;
import org.maillage.directory.Membership;
import org.maillage.directory.MembershipService;
import org.maillage.directory.Organisation;
import org.maillage.directory.OrganisationService;
import org.springframework.stereotype.Component;

/**
 * Facilitators picked in the directory: members of the organising organisation, shown
 * with a link to their profile to those who may see it (a private profile stays hidden).
 */
@Component
class EventFacilitators {

	private final MembershipService memberships;

	private final OrganisationService organisations;

	EventFacilitators(MembershipService memberships, OrganisationService organisations) {
		this.memberships = memberships;
		this.organisations = organisations;
	}

	/**
	 * The chosen people, all members of the organisation; a {@link FieldRefused} else.
	 */
	List<Long> members(long organisationId, List<Long> chosen) {
		Set<Long> members = memberIds(organisationId);
		for (Long person : chosen) {
			if (!members.contains(person)) {
				throw new FieldRefused("facilitatorIds", "event.error.facilitator");
			}
		}
		return chosen;
	}

	/**
	 * The people the organiser ticked (all members; a {@link FieldRefused} else), plus
	 * those already picked that the form could not offer them (a profile they may not
	 * see): nobody unticked those.
	 */
	List<Long> chosen(long organisationId, List<Long> ticked, List<Long> current) {
		List<Long> chosen = new ArrayList<>(members(organisationId, ticked));
		Set<Long> offered = new HashSet<>();
		try {
			memberships.visibleMembers(organisationId).forEach(m -> offered.add(m.userId()));
		}
		catch (NotFoundException e) {
			// no such organisation: it has no members to keep either
		}
		kept(organisationId, current).stream()
			.filter(person -> !offered.contains(person) && !chosen.contains(person))
			.forEach(chosen::add);
		return chosen;
	}

	/** The current people still members of the organisation (it may have changed). */
	List<Long> kept(long organisationId, List<Long> current) {
		Set<Long> members = memberIds(organisationId);
		return current.stream().filter(members::contains).toList();
	}

	/** The members the organiser may see, for each organisation they may organise for. */
	Map<Organisation, List<MemberView>> choices(List<Organisation> organisers) {
		Map<Organisation, List<MemberView>> choices = new LinkedHashMap<>();
		for (Organisation organisation : organisers) {
			choices.put(organisation, memberships.visibleMembers(organisation.id()));
		}
		return choices;
	}

	/** The event's facilitators the viewer may see, in the organiser's order. */
	List<MemberView> shown(Event event) {
		if (event.facilitatorPeople().isEmpty() || organisations.find(event.organisationId()).isEmpty()) {
			return List.of();
		}
		Map<Long, MemberView> visible = new HashMap<>();
		try {
			memberships.visibleMembers(event.organisationId()).forEach(m -> visible.putIfAbsent(m.userId(), m));
		}
		catch (NotFoundException e) {
			return List.of();
		}
		return event.facilitatorPeople().stream().map(visible::get).filter(Objects::nonNull).toList();
	}

	private Set<Long> memberIds(long organisationId) {
		return memberships.membersOf(organisationId).stream().map(Membership::userId).collect(Collectors.toSet());
	}

}
