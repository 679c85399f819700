package org.maillage.event.internal.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.maillage.account.AccountDirectory;
import org.maillage.account.DemoAccounts;
import org.maillage.common.FrenchTime;
import org.maillage.directory.Organisation;
import org.maillage.directory.Visibility;
import org.maillage.event.Availability;
import org.maillage.event.ContributionKind;
import org.maillage.event.Event;
import org.maillage.event.EventCommand;
import org.maillage.event.EventFormat;
import org.maillage.event.EventService;
import org.maillage.event.ParticipantRole;
import org.maillage.event.PollService;
import org.maillage.event.ProgrammeItem;
import org.maillage.event.Question;
import org.maillage.event.QuestionKind;
import org.maillage.event.RegistrationMode;
import org.maillage.event.RegistrationRequest;
import org.maillage.event.RegistrationService;
import org.maillage.event.SynthesisLink;
import org.maillage.event.SynthesisService;
import org.maillage.territory.TerritoryLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's events, after the demo network: the seeds' practice-exchange day in Pélussin
 * (15 seats, teams of 2 or 3 per territory, a programme in three parts, a cover banner)
 * with a first team registered, a past day with its synthesis, its mind map as a PDF and
 * contributions, and an open scheduling poll. Loaded only into an empty module, through
 * the services, as demo users.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 5)
class DemoEvents implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoEvents.class);

	private final boolean enabled;

	private final DemoAccounts demo;

	private final AccountDirectory accounts;

	private final EventService events;

	private final RegistrationService registrations;

	private final SynthesisService synthesis;

	private final PollService polls;

	private final TransactionTemplate transactions;

	DemoEvents(@Value("${maillage.demo.enabled:false}") boolean enabled, DemoAccounts demo, AccountDirectory accounts,
			EventService events, RegistrationService registrations, SynthesisService synthesis, PollService polls,
			TransactionTemplate transactions) {
		this.transactions = transactions;
		this.enabled = enabled;
		this.demo = demo;
		this.accounts = accounts;
		this.events = events;
		this.registrations = registrations;
		this.synthesis = synthesis;
		this.polls = polls;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!enabled || !events.isEmpty()) {
			return;
		}
		// all or nothing: a half-loaded demo would never be completed (the module is no
		// longer empty)
		transactions.executeWithoutResult(status -> load());
	}

	private void load() {
		var organiser = accounts.findByEmail("lea.fournier@demo.maillage.fr");
		var animator = accounts.findByEmail("animation@demo.maillage.fr");
		if (organiser.isEmpty() || animator.isEmpty()) {
			log.warn("Demo events skipped: the demo network is not loaded");
			return;
		}
		demo.runAs(organiser.get(), () -> {
			long parc = events.organiserChoices()
				.stream()
				.filter(o -> o.name().startsWith("Parc naturel"))
				.map(Organisation::id)
				.findFirst()
				.orElseThrow();
			Event day = events.create(pelussinDay(parc));
			events.changeCover(day.id(), DemoFiles.coverBanner(day.title()));
			Event past = events.create(pastDay(parc));
			synthesis.publish(past.id(), """
					## Ce que nous retenons
					- Les conventions d'articulation clarifient **qui fait quoi** entre EPCI, Parc et GAL.
					- Un plan de coopération vit s'il a un comité de suivi et des indicateurs simples.
					- Besoin partagé : un modèle de convention commenté.
					""", List.of(new SynthesisLink("Vidéo : témoignage du Pays Voironnais",
					"https://exemple.org/videos/temoignage")));
			synthesis.attach(past.id(), "carte-mentale-atelier.pdf", DemoFiles.mindMapPdf());
			synthesis.contribute(past.id(), null, ContributionKind.NEED,
					"Un modèle de convention d'articulation commenté, à adapter.");
			synthesis.contribute(past.id(), null, ContributionKind.IDEA,
					"Se retrouver tous les six mois entre chargé·es de mission des trois EPCI.");
			registrations.register(day.id(),
					new RegistrationRequest(true, "Pélussin", "com:42168",
							new RegistrationRequest.Person("Camille Martin", "camille.martin@demo.maillage.fr",
									ParticipantRole.AGENT, true),
							List.of(new RegistrationRequest.Person("Jean Roux", "jean.roux@demo.maillage.fr",
									ParticipantRole.ELECTED, false)),
							Map.of(day.questions().getFirst().id(), "oui")));
			return null;
		});
		demo.runAs(animator.get(), () -> {
			LocalDate monday = LocalDate.now(FrenchTime.ZONE).plusWeeks(3);
			var poll = polls.create("Comité de suivi du plan de coopération", "Une demi-journée à la Maison du Parc.",
					List.of(slot(monday, 9, 12), slot(monday.plusDays(1), 14, 17), slot(monday.plusDays(3), 9, 12)));
			polls.answer(poll.shareToken(), "Léa Fournier", new java.util.HashMap<>(Map.of(poll.slots().get(0).id(),
					Availability.YES, poll.slots().get(1).id(), Availability.IF_NEEDED)));
			log.info("Demo poll: /sondages/{} (creator's page: /sondages/{}/resultats?cle={})", poll.shareToken(),
					poll.shareToken(), poll.ownerKey());
			return null;
		});
		log.info("Demo events loaded");
	}

	private static EventCommand pelussinDay(long organisationId) {
		LocalDate day = LocalDate.now(FrenchTime.ZONE).plusWeeks(5);
		return new EventCommand(
				"Mettre en œuvre des plans de coopération, des conventions d'articulation… : pourquoi, comment ?",
				EventFormat.PRACTICE_DAY,
				"Une journée d'exploration de pratiques pour les territoires du Pilat et d'ailleurs : "
						+ "comprendre **qui fait quoi**, découvrir des outils de coopération et les projeter dans son "
						+ "propre contexte.",
				"Décrypter les rôles de chacun ; découvrir des outils (plans de coopération, conventions "
						+ "d'articulation) ; repartir avec des pistes pour son territoire.",
				"Idéalement en équipes de 2 ou 3 par territoire : un·e élu·e, un·e agent·e, un·e membre de la "
						+ "société civile.",
				"Hélène Garnier (centre de ressources), Léa Fournier (Parc du Pilat)",
				List.of(new ProgrammeItem("9h30", "Décrypter qui fait quoi", "Cartographie des acteurs du territoire",
						"Léa Fournier"),
						new ProgrammeItem("11h", "Découvrir des outils",
								"Plans de coopération, conventions d'articulation", "Hélène Garnier"),
						new ProgrammeItem("14h", "Se projeter dans son contexte", "Ateliers par territoire", null)),
				"Maison du Parc, 2 rue Benaÿ", "com:42168", null, at(day, 9, 30), at(day, 17, 0), organisationId,
				"lea.fournier@demo.maillage.fr", Set.of(), "com:42168", Visibility.PUBLIC, 15, 0, null, null, null,
				RegistrationMode.TEAM, 2, 3, true, TerritoryLevel.EPCI, Set.of(),
				List.of(new Question(0, "Repas sur place ?", QuestionKind.YES_NO, List.of(), true),
						new Question(1, "Votre principale attente", QuestionKind.TEXT, List.of(), false)));
	}

	private static EventCommand pastDay(long organisationId) {
		LocalDate day = LocalDate.now(FrenchTime.ZONE).minusWeeks(6);
		return new EventCommand("Atelier : le comité de suivi d'un plan de coopération", EventFormat.WORKSHOP,
				"Un atelier d'une matinée entre chargé·es de mission.", null, null, "Hélène Garnier", List.of(),
				"Maison du Parc", "com:42168", null, at(day, 9, 0), at(day, 12, 30), organisationId, null, Set.of(),
				null, Visibility.PUBLIC, 20, 0, null, null, null, RegistrationMode.INDIVIDUAL, 1, 1, false, null,
				Set.of(), List.of());
	}

	private static Instant at(LocalDate day, int hour, int minute) {
		return day.atTime(LocalTime.of(hour, minute)).atZone(FrenchTime.ZONE).toInstant();
	}

	private static Instant[] slot(LocalDate day, int from, int to) {
		return new Instant[] { at(day, from, 0), at(day, to, 0) };
	}

}
