package org.maillage.directory;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface InvitationRepository extends JpaRepository<Invitation, Long> {

	@Query("select i from Invitation i where i.email = ?1 and i.acceptedAt is null")
	List<Invitation> findPendingByEmail(String email);

	List<Invitation> findByOrganisationIdOrderByCreatedAt(long organisationId);

	List<Invitation> findByInvitedBy(Long userId);

	@Modifying
	@Query("delete from Invitation i where i.invitedBy = ?1 or i.email = ?2")
	void deleteByInviterOrEmail(long userId, String email);

}
