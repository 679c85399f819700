package org.maillage.search.internal;

import java.util.EnumMap;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.mapper.orm.Search;
import org.maillage.account.CurrentUser;
import org.maillage.common.ForbiddenException;
import org.maillage.search.SearchType;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What instance administrators see and do about the search: how many items of each kind
 * are stored and indexed, and rebuilding everything from the modules.
 */
@Service
class SearchAdministration {

	/** Items of one kind: in the table, in the index, and whether a module feeds them. */
	public record TypeCount(SearchType type, long stored, long indexed, boolean fed) {
	}

	private static final AggregationKey<Map<SearchType, Long>> TYPES = AggregationKey.of("types");

	private final SearchIndexer indexer;

	private final EntityManager entityManager;

	private final CurrentUser currentUser;

	SearchAdministration(SearchIndexer indexer, EntityManager entityManager, CurrentUser currentUser) {
		this.indexer = indexer;
		this.entityManager = entityManager;
		this.currentUser = currentUser;
	}

	@Transactional(readOnly = true)
	public java.util.List<TypeCount> counts() {
		requireAdmin();
		Map<SearchType, Long> stored = indexer.storedCounts();
		Map<SearchType, Long> indexed = new EnumMap<>(SearchType.class);
		indexed.putAll(Search.session(entityManager)
			.search(SearchDocument.class)
			.where(f -> f.matchAll())
			.aggregation(TYPES, f -> f.terms().field("type", SearchType.class))
			.fetch(0)
			.aggregation(TYPES));
		return java.util.Arrays.stream(SearchType.values())
			.map(t -> new TypeCount(t, stored.getOrDefault(t, 0L), indexed.getOrDefault(t, 0L),
					indexer.typesWithSource().contains(t)))
			.toList();
	}

	/** Asks every module for its items again, then rebuilds the index. */
	public void rebuild() {
		requireAdmin();
		indexer.rebuild();
	}

	private void requireAdmin() {
		if (!currentUser.require().isAdmin()) {
			throw new ForbiddenException();
		}
	}

}
