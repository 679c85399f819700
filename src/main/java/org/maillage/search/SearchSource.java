package org.maillage.search;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * Implemented by each module that owns searchable content (a Spring bean in that module).
 * The search module asks it for the current state of an item when it hears a
 * {@link SearchEntryChanged}, and for everything when it rebuilds its index.
 */
public interface SearchSource {

	/** The kind of items this source owns. */
	SearchType type();

	/**
	 * The item as it should be searchable now, or empty when it no longer exists or
	 * should not be searchable at all (e.g. a draft).
	 */
	Optional<SearchEntry> entry(String id);

	/** Every searchable item, in batches, read in a read-only transaction. */
	void forEach(Consumer<SearchEntry> consumer);

}
