package org.maillage.project;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MilestoneRepository extends JpaRepository<Milestone, Long> {

	List<Milestone> findByProjectIdOrderByDueDateAscIdAsc(long projectId);

}
