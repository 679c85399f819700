package org.maillage.event;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PollRepository extends JpaRepository<Poll, Long> {

	Optional<Poll> findByShareToken(String shareToken);

}
