package org.maillage.resource;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface TrainingPathRepository extends JpaRepository<TrainingPath, Long> {

	List<TrainingPath> findAllByOrderByTitleAsc();

}
