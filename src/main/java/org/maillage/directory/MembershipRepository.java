package org.maillage.directory;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface MembershipRepository extends JpaRepository<Membership, Long> {

	List<Membership> findByOrganisationIdOrderByCreatedAt(long organisationId);

	List<Membership> findByUserId(long userId);

	Optional<Membership> findByOrganisationIdAndUserId(long organisationId, long userId);

	long countByOrganisationIdAndRole(long organisationId, MembershipRole role);

	@Modifying
	@Query("delete from Membership m where m.userId = ?1")
	void deleteByUser(long userId);

	@Modifying
	@Query("delete from Membership m where m.organisationId = ?1")
	void deleteByOrganisation(long organisationId);

}
