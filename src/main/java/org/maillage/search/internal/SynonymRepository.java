package org.maillage.search.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface SynonymRepository extends JpaRepository<Synonym, Long> {

	List<Synonym> findAllByOrderByTermsAsc();

}
