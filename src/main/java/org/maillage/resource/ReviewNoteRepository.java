package org.maillage.resource;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReviewNoteRepository extends JpaRepository<ReviewNote, Long> {

	List<ReviewNote> findByResourceIdOrderByCreatedAtAscIdAsc(long resourceId);

}
