package org.maillage.project;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface WorkPackageRepository extends JpaRepository<WorkPackage, Long> {

	List<WorkPackage> findByProjectIdOrderByPositionAscIdAsc(long projectId);

}
