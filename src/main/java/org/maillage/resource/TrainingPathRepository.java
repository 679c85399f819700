package org.maillage.resource;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TrainingPathRepository extends JpaRepository<TrainingPath, Long> {

	List<TrainingPath> findAllByOrderByTitleAsc();

	@Query("select distinct p.id from TrainingPath p join p.modules m where m.resourceId = :resourceId")
	List<Long> findIdsLinking(@Param("resourceId") long resourceId);

}
