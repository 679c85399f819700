package org.maillage.resource;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface EnrolmentRepository extends JpaRepository<Enrolment, Long> {

	Optional<Enrolment> findByPathIdAndUserId(long pathId, long userId);

	List<Enrolment> findByPathId(long pathId);

}
