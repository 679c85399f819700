package org.maillage.event;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.maillage.account.TestAccounts;
import org.maillage.account.UserRef;
import org.maillage.directory.OrganisationCommand;
import org.maillage.directory.OrganisationKind;
import org.maillage.directory.OrganisationService;
import org.maillage.directory.Visibility;
import org.maillage.territory.TerritoryLevel;
import org.springframework.context.ApplicationContext;

/** Creating organisers, events and registrations the way the module's services do. */
final class EventTestSupport {

	private EventTestSupport() {
	}

	static String unique(String prefix) {
		return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
	}

	static String email() {
		return "p-" + UUID.randomUUID().toString().substring(0, 13) + "@exemple.fr";
	}

	/** A new user who is a member (admin) of a new organisation; returns the org id. */
	static long organisationOf(ApplicationContext context, UserRef user) {
		return TestAccounts.callAs(user, () -> context.getBean(OrganisationService.class)
			.create(new OrganisationCommand(unique("Centre ressources"), OrganisationKind.ASSOCIATION, null, null, null,
					null, null, null, null, null, Set.of(), Set.of(), Set.of(), null, null, null, Visibility.PUBLIC))
			.id());
	}

	static EventCommand command(long organisationId, int capacity, RegistrationMode mode, int teamMin, int teamMax) {
		Instant start = Instant.now().plus(Duration.ofDays(20));
		return new EventCommand(unique("Journée d'exploration"), EventFormat.PRACTICE_DAY, "Une **journée**.", null,
				null, "Camille, Dominique", List.of(new ProgrammeItem("9h30", "Accueil", null, null)),
				"Salle des fêtes", "com:42168", null, start, start.plus(Duration.ofHours(7)), organisationId,
				"accueil@parc-pilat.fr", Set.of(), null, Visibility.PUBLIC, capacity, 0, null, null, null, mode,
				teamMin, teamMax, false, TerritoryLevel.COMMUNE, Set.of(), List.of());
	}

	static Event event(ApplicationContext context, UserRef organiser, EventCommand command) {
		return TestAccounts.callAs(organiser, () -> context.getBean(EventService.class).create(command));
	}

	static RegistrationRequest.Person person(String name) {
		return new RegistrationRequest.Person(name, email(), ParticipantRole.AGENT, true);
	}

	static RegistrationRequest individual(String name) {
		return new RegistrationRequest(false, null, null, person(name), List.of(), null);
	}

	static RegistrationRequest team(String name, int size) {
		List<RegistrationRequest.Person> members = new java.util.ArrayList<>();
		for (int i = 1; i < size; i++) {
			members.add(person(name + " membre " + i));
		}
		return new RegistrationRequest(true, name, null, person(name), members, null);
	}

}
