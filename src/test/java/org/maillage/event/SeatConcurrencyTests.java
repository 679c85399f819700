package org.maillage.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.maillage.account.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The "done when": 500 people and teams register at the same time for 15 seats;
 * exactly 15 seats are confirmed, the others wait in arrival order, and cancellations
 * give the freed seats to the right ones.
 */
@SpringBootTest
class SeatConcurrencyTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	RegistrationService registrations;

	@Autowired
	RegistrationRepository repository;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void five_hundred_simultaneous_registrations_fill_exactly_fifteen_seats_and_cancelling_promotes_in_order()
			throws Exception {
		var organiser = TestAccounts.create(context);
		long organisationId = EventTestSupport.organisationOf(context, organiser);
		Event event = EventTestSupport.event(context, organiser,
				EventTestSupport.command(organisationId, 15, RegistrationMode.BOTH, 2, 3));

		List<Callable<Registration>> tasks = new ArrayList<>();
		for (int i = 0; i < 500; i++) {
			var request = switch (i % 4) {
				case 1 -> EventTestSupport.team("Équipe " + i, 2);
				case 3 -> EventTestSupport.team("Équipe " + i, 3);
				default -> EventTestSupport.individual("Personne " + i);
			};
			tasks.add(() -> registrations.register(event.id(), request));
		}
		ExecutorService pool = Executors.newFixedThreadPool(32);
		try {
			for (Future<Registration> done : pool.invokeAll(tasks)) {
				done.get();
			}
		}
		finally {
			pool.shutdown();
		}

		List<Registration> all = repository.findByEventIdOrderBySequence(event.id());
		assertThat(all).hasSize(500);
		assertThat(all).extracting(Registration::sequence).doesNotHaveDuplicates();
		assertThat(confirmedSeats(all)).isEqualTo(15);
		// everyone waiting arrived after the last free seat could have taken them, and
		// none
		// of them fits in what is left
		int free = 15 - confirmedSeats(all);
		assertThat(waiting(all)).hasSize(500 - (int) all.stream().filter(Registration::isConfirmed).count())
			.allSatisfy(r -> assertThat(r.seats()).isGreaterThan(free));

		// a confirmed team of 3 (or the biggest confirmed) cancels: the first waiting
		// that
		// fit get its seats, in arrival order
		Registration leaving = all.stream()
			.filter(Registration::isConfirmed)
			.max(Comparator.comparingInt(Registration::seats))
			.orElseThrow();
		List<Long> expected = expectedPromotions(waiting(all), leaving.seats());
		String token = transactions.execute(status -> repository.findById(leaving.id()).orElseThrow().leader().token());
		registrations.cancel(token);

		List<Registration> after = repository.findByEventIdOrderBySequence(event.id());
		assertThat(confirmedSeats(after)).isEqualTo(15);
		assertThat(after.stream().filter(r -> expected.contains(r.id()))).allMatch(Registration::isConfirmed);
		assertThat(waiting(after)).extracting(Registration::id).doesNotContainAnyElementsOf(expected);
		assertThat(waiting(after).getFirst().sequence()).isGreaterThan(waiting(all).getFirst().sequence() - 1);
	}

	@Test
	void concurrent_cancellations_and_registrations_never_exceed_capacity() throws Exception {
		var organiser = TestAccounts.create(context);
		long organisationId = EventTestSupport.organisationOf(context, organiser);
		Event event = EventTestSupport.event(context, organiser,
				EventTestSupport.command(organisationId, 5, RegistrationMode.INDIVIDUAL, 1, 1));
		List<Registration> first = new ArrayList<>();
		for (int i = 0; i < 8; i++) {
			first.add(registrations.register(event.id(), EventTestSupport.individual("Avant " + i)));
		}
		List<Callable<Object>> tasks = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			String token = first.get(i).leader().token();
			tasks.add(() -> {
				registrations.cancel(token);
				return null;
			});
		}
		for (int i = 0; i < 20; i++) {
			var request = EventTestSupport.individual("Pendant " + i);
			tasks.add(() -> registrations.register(event.id(), request));
		}
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			for (Future<Object> done : pool.invokeAll(tasks)) {
				done.get();
			}
		}
		finally {
			pool.shutdown();
		}
		List<Registration> all = repository.findByEventIdOrderBySequence(event.id());
		assertThat(confirmedSeats(all)).isEqualTo(5);
		// the three who waited first (before anyone arriving later) were promoted
		assertThat(all.subList(5, 8)).allMatch(Registration::isConfirmed);
	}

	/** The waiting registrations that should get seats when that many free up. */
	private static List<Long> expectedPromotions(List<Registration> waiting, int freed) {
		List<Long> promoted = new ArrayList<>();
		int free = freed;
		for (Registration r : waiting) {
			if (free == 0) {
				break;
			}
			if (r.seats() <= free) {
				promoted.add(r.id());
				free -= r.seats();
			}
		}
		return promoted;
	}

	private static int confirmedSeats(List<Registration> all) {
		return all.stream().filter(Registration::isConfirmed).mapToInt(Registration::seats).sum();
	}

	private static List<Registration> waiting(List<Registration> all) {
		return all.stream()
			.filter(Registration::isWaiting)
			.sorted(Comparator.comparingLong(Registration::sequence))
			.toList();
	}

}
