package org.maillage.event;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import jakarta.persistence.QueryHint;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.query.Param;

interface EventRepository extends JpaRepository<Event, Long> {

	/**
	 * The event, locked (SELECT ... FOR UPDATE) until the transaction ends: every change
	 * of seats goes through here, so seat counting is serialised per event.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@QueryHints(@QueryHint(name = "jakarta.persistence.lock.timeout", value = "30000"))
	@Query("select e from Event e where e.id = :id")
	Optional<Event> lockById(@Param("id") long id);

	@Query("select e from Event e where e.endsAt >= :from and e.startsAt < :to order by e.startsAt, e.id")
	List<Event> between(@Param("from") Instant from, @Param("to") Instant to);

	@Query("select e from Event e where e.endsAt < :before order by e.startsAt desc, e.id desc")
	List<Event> endedBefore(@Param("before") Instant before);

	List<Event> findByOrganisationIdAndEndsAtAfterOrderByStartsAt(long organisationId, Instant after);

	List<Event> findByStartsAtBetween(Instant from, Instant to);

	List<Event> findByEndsAtBetween(Instant from, Instant to);

}
