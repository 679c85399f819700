package org.maillage.project;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ActionUpdateRepository extends JpaRepository<ActionUpdate, Long> {

	List<ActionUpdate> findByActionIdOrderByCreatedAtDescIdDesc(long actionId);

}
