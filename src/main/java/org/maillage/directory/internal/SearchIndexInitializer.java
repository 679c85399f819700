package org.maillage.directory.internal;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.search.mapper.orm.Search;
import org.maillage.directory.Organisation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the organisation index at start-up when it is empty but the table is not (a
 * new installation restored from a dump, a deleted index directory, an in-memory index).
 */
@Component
class SearchIndexInitializer {

	private static final Logger log = LoggerFactory.getLogger(SearchIndexInitializer.class);

	private final EntityManagerFactory entityManagerFactory;

	SearchIndexInitializer(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
	}

	@EventListener(ApplicationReadyEvent.class)
	void indexIfEmpty() {
		var sessionFactory = entityManagerFactory.unwrap(SessionFactory.class);
		sessionFactory.inTransaction(session -> {
			var searchSession = Search.session(session);
			long indexed = searchSession.search(Organisation.class).where(f -> f.matchAll()).fetchTotalHitCount();
			long stored = session.createSelectionQuery("select count(o) from Organisation o", Long.class)
				.getSingleResult();
			if (indexed == 0 && stored > 0) {
				log.info("Indexing {} organisations", stored);
				try {
					searchSession.massIndexer(Organisation.class).threadsToLoadObjects(1).startAndWait();
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}
		});
	}

}
