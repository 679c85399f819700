package org.maillage.event;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SynthesisFileRepository extends JpaRepository<SynthesisFile, Long> {

	List<SynthesisFile> findByEventIdOrderByIdAsc(long eventId);

}
