package org.maillage.directory.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.maillage.directory.Organisation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the organisation index at start-up when it is empty while the table is not:
 * after a bulk load by SQL, a restore of the database, or a lost index directory. Runs
 * after every other start-up task (territories must be loaded: the index expands
 * territories of action).
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class DirectoryIndexing implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DirectoryIndexing.class);

	private final EntityManagerFactory entityManagerFactory;

	DirectoryIndexing(EntityManagerFactory entityManagerFactory) {
		this.entityManagerFactory = entityManagerFactory;
	}

	@Override
	public void run(ApplicationArguments args) throws InterruptedException {
		try (EntityManager em = entityManagerFactory.createEntityManager()) {
			long rows = em.createQuery("select count(o) from Organisation o", Long.class).getSingleResult();
			if (rows == 0) {
				return;
			}
			long indexed = Search.session(em).search(Organisation.class).where(f -> f.matchAll()).fetchTotalHitCount();
			if (indexed > 0) {
				return;
			}
			log.info("Organisation index empty, {} organisations in the database: mass indexing", rows);
			long start = System.nanoTime();
			Search.session(em)
				.massIndexer(Organisation.class)
				.threadsToLoadObjects(2)
				.batchSizeToLoadObjects(200)
				.startAndWait();
			log.info("Mass indexing of {} organisations done in {} ms", rows, (System.nanoTime() - start) / 1_000_000);
		}
	}

}
