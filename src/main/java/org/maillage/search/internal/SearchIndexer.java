package org.maillage.search.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.hibernate.search.mapper.orm.Search;
import org.maillage.search.SearchEntry;
import org.maillage.search.SearchEntryChanged;
import org.maillage.search.SearchSource;
import org.maillage.search.SearchType;
import org.maillage.territory.TerritoryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the search documents in step with the modules: on each {@link SearchEntryChanged}
 * it asks the item's {@link SearchSource} for its state and stores or removes its
 * document (the same answer twice changes nothing). It can also rebuild everything: from
 * the sources, then the Lucene index from the table.
 */
@Component
class SearchIndexer {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexer.class);

	private static final int BATCH = 200;

	private final Map<SearchType, List<SearchSource>> sources = new EnumMap<>(SearchType.class);

	private final SearchDocumentRepository documents;

	private final TerritoryService territories;

	private final EntityManager entityManager;

	private final TransactionTemplate transactions;

	SearchIndexer(List<SearchSource> sources, SearchDocumentRepository documents, TerritoryService territories,
			EntityManager entityManager, PlatformTransactionManager transactionManager) {
		sources.forEach(s -> this.sources.computeIfAbsent(s.type(), t -> new ArrayList<>()).add(s));
		this.documents = documents;
		this.territories = territories;
		this.entityManager = entityManager;
		// its own transactions: a source's forEach runs in a read-only one
		this.transactions = new TransactionTemplate(transactionManager);
		this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Without a surrounding transaction: {@link #refresh} opens its own, so that a
	 * listener holds one database connection, not two.
	 */
	@ApplicationModuleListener(propagation = Propagation.NOT_SUPPORTED)
	void on(SearchEntryChanged changed) {
		refresh(changed.type(), changed.id());
	}

	/**
	 * Stores the item's current state, or forgets it when it is gone or not searchable.
	 */
	void refresh(SearchType type, String id) {
		try {
			refreshOnce(type, id);
		}
		catch (DataIntegrityViolationException | OptimisticLockingFailureException e) {
			// stored or removed at the same moment by another thread (a rebuild, a second
			// event): read the item's state again
			refreshOnce(type, id);
		}
	}

	private void refreshOnce(SearchType type, String id) {
		transactions.executeWithoutResult(status -> {
			Optional<SearchEntry> entry = find(type, id);
			if (entry.isPresent()) {
				store(entry.get());
			}
			else {
				documents.findByTypeAndItemId(type, id).ifPresent(documents::delete);
			}
		});
	}

	/**
	 * The first source of this type that knows the item. A source that fails does not
	 * stop the others; when none knows it, the failure is reported rather than the
	 * document removed.
	 */
	private Optional<SearchEntry> find(SearchType type, String id) {
		RuntimeException failure = null;
		for (SearchSource source : sources.getOrDefault(type, List.of())) {
			try {
				Optional<SearchEntry> entry = source.entry(id);
				if (entry.isPresent()) {
					return entry;
				}
			}
			catch (RuntimeException e) {
				failure = e;
			}
		}
		if (failure != null) {
			throw failure;
		}
		return Optional.empty();
	}

	private void store(SearchEntry entry) {
		SearchDocument document = documents.findByTypeAndItemId(entry.type(), entry.id())
			.orElseGet(() -> new SearchDocument(entry.type(), entry.id()));
		document.describe(entry, territories.containingAll(entry.territories()));
		documents.save(document);
	}

	/**
	 * Asks every source for all its items: stores them and removes the documents of items
	 * they no longer have. Types without a source are left as they are.
	 * @return how many entries were stored
	 */
	int synchronise() {
		int stored = 0;
		for (var bySource : sources.entrySet()) {
			Set<String> seen = new HashSet<>();
			List<SearchEntry> batch = new ArrayList<>();
			for (SearchSource source : bySource.getValue()) {
				source.forEach(entry -> {
					seen.add(entry.id());
					batch.add(entry);
					if (batch.size() >= BATCH) {
						storeAll(batch);
					}
				});
			}
			storeAll(batch);
			stored += seen.size();
			List<String> gone = new ArrayList<>(documents.findItemIds(bySource.getKey()));
			gone.removeAll(seen);
			gone.forEach(id -> refresh(bySource.getKey(), id));
		}
		return stored;
	}

	private void storeAll(List<SearchEntry> batch) {
		if (batch.isEmpty()) {
			return;
		}
		try {
			transactions.executeWithoutResult(status -> batch.forEach(this::store));
		}
		catch (DataIntegrityViolationException e) {
			batch.forEach(entry -> refresh(entry.type(), entry.id()));
		}
		batch.clear();
	}

	/** Rebuilds the Lucene index from the search_document table. */
	void reindex() {
		try {
			Search.mapping(entityManager.getEntityManagerFactory())
				.scope(SearchDocument.class)
				.massIndexer()
				.threadsToLoadObjects(1)
				.batchSizeToLoadObjects(500)
				.mergeSegmentsOnFinish(true)
				.startAndWait();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	/** The administrators' button: sources first, then the whole index. */
	void rebuild() {
		int stored = synchronise();
		reindex();
		log.info("Search rebuilt: {} entries from the sources", stored);
	}

	/**
	 * At start-up: a new installation (no documents yet) takes everything from the
	 * sources; an empty index (deleted, in memory) is rebuilt from the table.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void initialise() {
		try {
			initialiseNow();
		}
		catch (RuntimeException e) {
			// the application stays up; an administrator can rebuild from
			// /admin/recherche
			log.error("Search initialisation failed", e);
		}
	}

	private void initialiseNow() {
		long stored = documents.count();
		if (stored == 0) {
			int found = synchronise();
			if (found > 0) {
				log.info("Search documents created from the sources: {}", found);
			}
			return;
		}
		long indexed = transactions.execute(status -> Search.session(entityManager)
			.search(SearchDocument.class)
			.where(f -> f.matchAll())
			.fetchTotalHitCount());
		if (indexed == 0) {
			log.info("Indexing {} search documents", stored);
			reindex();
		}
	}

	Map<SearchType, Long> storedCounts() {
		Map<SearchType, Long> counts = new EnumMap<>(SearchType.class);
		documents.countByType().forEach(row -> counts.put((SearchType) row[0], (Long) row[1]));
		return counts;
	}

	Set<SearchType> typesWithSource() {
		return sources.keySet();
	}

}
