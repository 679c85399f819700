package org.maillage.directory;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ClaimRepository extends JpaRepository<Claim, Long> {

	List<Claim> findByStatusOrderByCreatedAt(Claim.Status status);

	List<Claim> findByUserId(long userId);

	boolean existsByOrganisationIdAndUserIdAndStatus(long organisationId, long userId, Claim.Status status);

	List<Claim> findByDecidedBy(Long userId);

	@Modifying
	@Query("delete from Claim c where c.userId = ?1")
	void deleteByUser(long userId);

}
