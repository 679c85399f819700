package org.maillage.mail;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface OutboxMailRepository extends JpaRepository<OutboxMail, Long> {

	Page<OutboxMail> findAllByOrderByCreatedAtDescIdDesc(Pageable pageable);

	@Query("""
			select m.id from OutboxMail m
			where m.status in (org.maillage.mail.MailStatus.PENDING, org.maillage.mail.MailStatus.FAILED)
			  and m.nextAttemptAt is not null and m.nextAttemptAt <= :now
			order by m.nextAttemptAt
			""")
	List<Long> findDue(@Param("now") Instant now, Pageable pageable);

	List<OutboxMail> findByRecipientIgnoreCaseOrderByIdDesc(String recipient);

	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select m from OutboxMail m where m.id = :id")
	Optional<OutboxMail> findForDelivery(@Param("id") long id);

}
