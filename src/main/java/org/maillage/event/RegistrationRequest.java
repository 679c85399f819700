package org.maillage.event;

import java.util.List;
import java.util.Map;

/**
 * A registration as a person asks for it: themself alone, or as the leader of a team
 * whose members are given by name and e-mail.
 *
 * @param team whether this is a team registration
 * @param teamName the team's name, may be blank
 * @param territoryId the commune (or other territory) the person or team comes from
 * @param leader the person registering
 * @param members the other members of a team (empty for an individual)
 * @param answers the leader's answers to the custom questions, by question id
 */
public record RegistrationRequest(boolean team, String teamName, String territoryId, Person leader,
		List<Person> members, Map<Long, String> answers) {

	public RegistrationRequest {
		members = members == null ? List.of() : List.copyOf(members);
		answers = answers == null ? Map.of() : Map.copyOf(answers);
	}

	/** One person of the request. */
	public record Person(String name, String email, ParticipantRole role, boolean consent) {

	}

}
