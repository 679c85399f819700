package org.maillage.event;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RegistrationRepository extends JpaRepository<Registration, Long> {

	List<Registration> findByEventIdOrderBySequence(long eventId);

	List<Registration> findByEventIdAndStatusOrderBySequence(long eventId, RegistrationStatus status);

	/** Confirmed seats, by whether they belong to the reserved group. */
	@Query("select r.inGroup, sum(r.seats) from Registration r where r.eventId = :eventId"
			+ " and r.status = org.maillage.event.RegistrationStatus.CONFIRMED group by r.inGroup")
	List<Object[]> confirmedSeats(@Param("eventId") long eventId);

	@Query("select r.eventId, sum(r.seats) from Registration r where r.eventId in :ids"
			+ " and r.status = org.maillage.event.RegistrationStatus.CONFIRMED group by r.eventId")
	List<Object[]> confirmedSeatsOf(@Param("ids") Collection<Long> ids);

	@Query("select r from Registration r join r.participants p where p.token = :token")
	Optional<Registration> findByParticipantToken(@Param("token") String token);

	@Query("select r.eventId from Registration r join r.participants p where p.token = :token")
	Optional<Long> eventIdOfToken(@Param("token") String token);

	@Query("select r.eventId from Registration r where r.id = :id")
	Optional<Long> eventIdOf(@Param("id") long id);

	@Query("select count(p) from Registration r join r.participants p where r.eventId = :eventId"
			+ " and r.status in (org.maillage.event.RegistrationStatus.CONFIRMED, org.maillage.event.RegistrationStatus.WAITING)"
			+ " and p.cancelledAt is null and p.email in :emails")
	long countActiveEmails(@Param("eventId") long eventId, @Param("emails") Collection<String> emails);

	@Query("select count(r) from Registration r where r.eventId = :eventId and r.team = true"
			+ " and r.teamTerritory = :territory"
			+ " and r.status in (org.maillage.event.RegistrationStatus.CONFIRMED, org.maillage.event.RegistrationStatus.WAITING)")
	long countActiveTeams(@Param("eventId") long eventId, @Param("territory") String territory);

	@Query("select distinct r from Registration r join r.participants p where p.userId = :userId")
	List<Registration> findByUser(@Param("userId") long userId);

	@Query("select r from Registration r where r.eventId in :eventIds"
			+ " and r.status = org.maillage.event.RegistrationStatus.CONFIRMED and r.reminderSentAt is null")
	List<Registration> toRemind(@Param("eventIds") Collection<Long> eventIds);

	@Query("select r from Registration r where r.eventId in :eventIds"
			+ " and r.status = org.maillage.event.RegistrationStatus.CONFIRMED and r.followUpSentAt is null")
	List<Registration> toFollowUp(@Param("eventIds") Collection<Long> eventIds);

}
