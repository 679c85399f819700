package org.maillage.directory.internal.importing;

import java.util.List;

import org.maillage.directory.OrganisationCommand;

/**
 * One data line of an import: what it will create, or why it cannot (messages in French,
 * each naming the line), and the existing organisations it may duplicate.
 */
public record ImportLine(int line, String name, OrganisationCommand command, List<String> errors,
		List<String> possibleDuplicates) {

	public boolean valid() {
		return errors.isEmpty();
	}

}
