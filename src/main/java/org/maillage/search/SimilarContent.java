package org.maillage.search;

import java.util.List;
import java.util.Set;

/**
 * "Ressources proches": items whose text is close to a given one (more-like-this over the
 * global index), limited to what the current viewer may see.
 */
public interface SimilarContent {

	/**
	 * Items close to the given one, the item itself excluded.
	 * @param type the kind of the reference item
	 * @param id its id
	 * @param among the kinds to return (all when empty)
	 * @param limit the maximum number of items
	 */
	List<SearchHit> similarTo(SearchType type, String id, Set<SearchType> among, int limit);

}
