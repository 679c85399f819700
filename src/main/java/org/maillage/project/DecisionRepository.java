package org.maillage.project;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DecisionRepository extends JpaRepository<Decision, Long> {

	List<Decision> findByProjectIdOrderByDecidedOnDescIdDesc(long projectId);

}
