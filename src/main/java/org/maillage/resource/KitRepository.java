package org.maillage.resource;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface KitRepository extends JpaRepository<Kit, Long> {

	List<Kit> findAllByOrderByTitleAsc();

	@Query("select distinct k.id from Kit k join k.items i where i.resourceId = :resourceId")
	List<Long> findIdsHolding(@Param("resourceId") long resourceId);

}
