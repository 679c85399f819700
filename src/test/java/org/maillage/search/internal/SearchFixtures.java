package org.maillage.search.internal;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

import org.maillage.search.SearchAudience;
import org.maillage.search.SearchEntry;
import org.maillage.search.SearchSource;
import org.maillage.search.SearchType;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Items of the kinds whose modules are built elsewhere (projects, events, resources,
 * kits, paths), fed to the real search module through {@link SearchSource}s the way those
 * modules will: the tests put an entry, then the indexer asks the source for it.
 */
@TestConfiguration
class SearchFixtures {

	/** Every fixture item, by type and id. */
	static final class Items {

		private static final AtomicLong IDS = new AtomicLong(970_000_000L + (System.nanoTime() % 1_000_000) * 100);

		private final Map<String, SearchEntry> entries = new ConcurrentHashMap<>();

		private final SearchIndexer indexer;

		Items(SearchIndexer indexer) {
			this.indexer = indexer;
		}

		static String nextId() {
			return String.valueOf(IDS.incrementAndGet());
		}

		/**
		 * Stores the entry and indexes it at once (the listener's path, without waiting).
		 */
		SearchEntry put(SearchEntry entry) {
			entries.put(key(entry.type(), entry.id()), entry);
			indexer.refresh(entry.type(), entry.id());
			return entry;
		}

		void putQuietly(SearchEntry entry) {
			entries.put(key(entry.type(), entry.id()), entry);
		}

		void remove(SearchType type, String id) {
			entries.remove(key(type, id));
		}

		Optional<SearchEntry> find(SearchType type, String id) {
			return Optional.ofNullable(entries.get(key(type, id)));
		}

		void forEach(SearchType type, Consumer<SearchEntry> consumer) {
			entries.values().stream().filter(e -> e.type() == type).forEach(consumer);
		}

		private static String key(SearchType type, String id) {
			return type + ":" + id;
		}

	}

	static SearchEntry entry(SearchType type, String title, String summary, String text, SearchAudience audience) {
		return entry(type, title, summary, text, Set.of(), Set.of(), Map.of(), audience);
	}

	static SearchEntry entry(SearchType type, String title, String summary, String text, Set<String> themes,
			Set<String> territories, Map<String, String> attributes, SearchAudience audience) {
		String id = Items.nextId();
		return new SearchEntry(type, id, title, summary, text, "/" + type.name().toLowerCase() + "/" + id, themes,
				territories, attributes, audience, Instant.now());
	}

	@Bean
	Items searchFixtureItems(SearchIndexer indexer) {
		return new Items(indexer);
	}

	@Bean
	SearchSource fixtureOrganisations(org.springframework.beans.factory.ObjectProvider<Items> items) {
		return source(SearchType.ORGANISATION, items);
	}

	@Bean
	SearchSource fixturePeople(org.springframework.beans.factory.ObjectProvider<Items> items) {
		return source(SearchType.PERSON, items);
	}

	@Bean
	SearchSource fixtureProjects(org.springframework.beans.factory.ObjectProvider<Items> items) {
		return source(SearchType.PROJECT, items);
	}

	@Bean
	SearchSource fixtureEvents(org.springframework.beans.factory.ObjectProvider<Items> items) {
		return source(SearchType.EVENT, items);
	}

	@Bean
	SearchSource fixtureResources(org.springframework.beans.factory.ObjectProvider<Items> items) {
		return source(SearchType.RESOURCE, items);
	}

	@Bean
	SearchSource fixtureKits(org.springframework.beans.factory.ObjectProvider<Items> items) {
		return source(SearchType.KIT, items);
	}

	@Bean
	SearchSource fixturePaths(org.springframework.beans.factory.ObjectProvider<Items> items) {
		return source(SearchType.PATH, items);
	}

	private static SearchSource source(SearchType type, org.springframework.beans.factory.ObjectProvider<Items> items) {
		return new SearchSource() {

			@Override
			public SearchType type() {
				return type;
			}

			@Override
			public Optional<SearchEntry> entry(String id) {
				return items.getObject().find(type, id);
			}

			@Override
			public void forEach(Consumer<SearchEntry> consumer) {
				items.getObject().forEach(type, consumer);
			}

		};
	}

}
