package org.maillage.project;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface WorkPackageRepository extends JpaRepository<WorkPackage, Long> {

	List<WorkPackage> findByProjectIdOrderByPositionAscIdAsc(long projectId);

}
