package org.maillage.directory;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrganisationRepository extends JpaRepository<Organisation, Long> {

	List<Organisation> findBySirenStartingWith(String sirenPrefix);

	List<Organisation> findByRna(String rna);

	List<Organisation> findByCommuneId(String communeId);

	@Query("select o from Organisation o join o.themes t where t = ?1")
	List<Organisation> findByTheme(Term term);

	@Query("select o from Organisation o join o.competencies t where t = ?1")
	List<Organisation> findByCompetency(Term term);

	List<Organisation> findByCreatedBy(Long userId);

}
