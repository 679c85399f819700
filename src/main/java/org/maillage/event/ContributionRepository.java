package org.maillage.event;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ContributionRepository extends JpaRepository<Contribution, Long> {

	List<Contribution> findByEventIdOrderBySupportersDescIdAsc(long eventId);

	@Query(value = "SELECT COUNT(*) FROM event_contribution_support WHERE contribution_id = :id AND supporter_key = :key",
			nativeQuery = true)
	int countSupport(@Param("id") long id, @Param("key") String key);

	@Modifying
	@Query(value = "INSERT INTO event_contribution_support (contribution_id, supporter_key) VALUES (:id, :key)",
			nativeQuery = true)
	void addSupport(@Param("id") long id, @Param("key") String key);

}
