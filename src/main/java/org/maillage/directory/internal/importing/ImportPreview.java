package org.maillage.directory.internal.importing;

import java.util.List;

/**
 * What an uploaded file would import; {@code id} identifies the stored upload to confirm.
 */
public record ImportPreview(String id, String filename, String charset, char separator, List<ImportLine> lines,
		List<String> fileErrors) {

	public long validCount() {
		return lines.stream().filter(ImportLine::valid).count();
	}

	public long errorCount() {
		return lines.stream().filter(line -> !line.valid()).count();
	}

	/** All or nothing: confirmable only when every line is valid. */
	public boolean importable() {
		return fileErrors.isEmpty() && !lines.isEmpty() && errorCount() == 0;
	}

}
