package org.maillage.directory;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DuplicateFlagRepository extends JpaRepository<DuplicateFlag, Long> {

	List<DuplicateFlag> findByResolvedFalseOrderByCreatedAt();

}
