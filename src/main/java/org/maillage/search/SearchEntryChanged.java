package org.maillage.search;

/**
 * Published by a module, inside the transaction that changed (created, updated, deleted)
 * a searchable item. The search module hears it after commit, through the event
 * publication registry, and asks the module's {@link SearchSource} for the item's state.
 *
 * @param type the kind of item
 * @param id the item's id within its module
 */
public record SearchEntryChanged(SearchType type, String id) {

}
