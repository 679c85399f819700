package org.maillage.project.internal;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.search.mapper.orm.Search;
import org.maillage.project.Project;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the project index at start-up when it is empty but the table is not (a
 * restored dump, a deleted index directory, rows loaded by the bench generator).
 */
@Component
class ProjectIndexInitializer {

	private static final Logger log = LoggerFactory.getLogger(ProjectIndexInitializer.class);

	private final EntityManagerFactory entityManagerFactory;

	ProjectIndexInitializer(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
	}

	@EventListener(ApplicationReadyEvent.class)
	void indexIfEmpty() {
		var sessionFactory = entityManagerFactory.unwrap(SessionFactory.class);
		sessionFactory.inTransaction(session -> {
			var searchSession = Search.session(session);
			long indexed = searchSession.search(Project.class).where(f -> f.matchAll()).fetchTotalHitCount();
			long stored = session.createSelectionQuery("select count(p) from Project p", Long.class).getSingleResult();
			if (indexed == 0 && stored > 0) {
				log.info("Indexing {} projects", stored);
				long start = System.nanoTime();
				try {
					searchSession.massIndexer(Project.class).threadsToLoadObjects(1).startAndWait();
					log.info("Indexed {} projects in {} ms", stored, (System.nanoTime() - start) / 1_000_000);
				}
				catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
			}
		});
	}

}
