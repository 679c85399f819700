package org.maillage.event;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.maillage.directory.Visibility;
import org.maillage.territory.TerritoryLevel;

/**
 * Everything an organiser says about an event, from the form or the API, already checked
 * for shape (dates in order, numbers positive); the service checks rights.
 */
public record EventCommand(String title, EventFormat format, String description, String objectives, String audience,
		String facilitators, List<ProgrammeItem> programme, String address, String communeId, String onlineUrl,
		Instant startsAt, Instant endsAt, long organisationId, String contact, Set<String> themes, String territoryId,
		Visibility visibility, int capacity, int reservedSeats, String reservedFor, Instant opensAt, Instant closesAt,
		RegistrationMode mode, int teamMin, int teamMax, boolean oneTeamPerTerritory, TerritoryLevel teamLevel,
		Set<ParticipantRole> wishedRoles, List<Question> questions) {

	public EventCommand {
		programme = programme == null ? List.of() : List.copyOf(programme);
		themes = themes == null ? Set.of() : Set.copyOf(themes);
		wishedRoles = wishedRoles == null ? Set.of() : Set.copyOf(wishedRoles);
		questions = questions == null ? List.of() : List.copyOf(questions);
	}

}
