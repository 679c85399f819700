package org.maillage.project;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MeasurementRepository extends JpaRepository<Measurement, Long> {

	@Query("select m from Measurement m where m.indicatorId in ?1 order by m.measuredOn, m.id")
	List<Measurement> findByIndicators(Collection<Long> indicatorIds);

}
