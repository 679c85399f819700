package org.maillage.event.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writing and removing the event module's files on disk. A file is removed only after the
 * transaction that dropped its reference has committed: a rollback keeps it.
 */
final class StoredFiles {

	private StoredFiles() {
	}

	static String write(Path directory, String name, byte[] bytes) {
		try {
			Files.createDirectories(directory);
			Files.write(directory.resolve(name), bytes);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return name;
	}

	static void deleteAfterCommit(Path file) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					delete(file);
				}
			});
		}
		else {
			delete(file);
		}
	}

	private static void delete(Path file) {
		try {
			Files.deleteIfExists(file);
		}
		catch (IOException e) {
			// an orphan file is harmless: nothing points to it any more
		}
	}

}
