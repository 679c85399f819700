package org.maillage.project;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface BudgetLineRepository extends JpaRepository<BudgetLine, Long> {

	List<BudgetLine> findByProjectIdOrderById(long projectId);

}
