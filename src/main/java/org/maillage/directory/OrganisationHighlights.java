package org.maillage.directory;

import java.util.List;
import java.util.Optional;

/**
 * Implemented by modules that show something on an organisation's public page (its
 * projects, its events, the tools it uses) without the directory depending on them. Each
 * implementation filters by what the current viewer may see.
 */
public interface OrganisationHighlights {

	/** The section for this organisation, or empty when there is nothing to show. */
	Optional<Highlight> forOrganisation(long organisationId);

	/**
	 * A titled list of links on the organisation's page.
	 *
	 * @param title the section's heading, already in the viewer's language
	 * @param order sections are shown by ascending order
	 * @param items the links
	 */
	record Highlight(String title, int order, List<Item> items) {

	}

	/**
	 * One link of a section.
	 *
	 * @param label the link's text
	 * @param url the target, relative to the site
	 * @param detail a short plain-text detail shown after the link (role, date...), may
	 * be empty
	 */
	record Item(String label, String url, String detail) {

	}

}
