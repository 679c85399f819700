package org.maillage.project;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface IndicatorRepository extends JpaRepository<Indicator, Long> {

	List<Indicator> findByProjectIdOrderById(long projectId);

}
