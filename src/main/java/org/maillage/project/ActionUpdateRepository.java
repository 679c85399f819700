package org.maillage.project;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ActionUpdateRepository extends JpaRepository<ActionUpdate, Long> {

	List<ActionUpdate> findByActionIdOrderByCreatedAtDescIdDesc(long actionId);

}
