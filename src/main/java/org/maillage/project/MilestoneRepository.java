package org.maillage.project;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface MilestoneRepository extends JpaRepository<Milestone, Long> {

	List<Milestone> findByProjectIdOrderByDueDateAscIdAsc(long projectId);

}
