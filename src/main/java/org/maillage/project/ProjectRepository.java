package org.maillage.project;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProjectRepository extends JpaRepository<Project, Long> {

	@Query("select distinct p from Project p join p.partners pa where pa.organisationId = ?1 and pa.status = ?2 order by p.title")
	List<Project> findByPartner(long organisationId, PartnerStatus status);

	@Query("select distinct p from Project p join p.partners pa where pa.organisationId in ?1 and pa.status = org.maillage.project.PartnerStatus.INVITED order by p.title")
	List<Project> findInvitedAmong(Collection<Long> organisationIds);

	@Query("select distinct pa.organisationId, pa.organisationName from Project p join p.partners pa where pa.organisationId in ?1")
	List<Object[]> findPartnerNames(Collection<Long> organisationIds);

	@Query("select p.id from Project p order by p.id")
	List<Long> findAllIds();

}
