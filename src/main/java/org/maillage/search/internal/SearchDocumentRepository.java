package org.maillage.search.internal;

import java.util.List;
import java.util.Optional;

import org.maillage.search.SearchType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface SearchDocumentRepository extends JpaRepository<SearchDocument, Long> {

	Optional<SearchDocument> findByTypeAndItemId(SearchType type, String itemId);

	@Query("select d.itemId from SearchDocument d where d.type = ?1")
	List<String> findItemIds(SearchType type);

	@Query("select d.type, count(d) from SearchDocument d group by d.type")
	List<Object[]> countByType();

}
