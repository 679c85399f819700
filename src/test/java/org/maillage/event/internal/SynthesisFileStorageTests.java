package org.maillage.event.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.event.FieldRefused;

/** Synthesis files are judged by what their bytes are, whatever their name says. */
class SynthesisFileStorageTests {

	@TempDir
	Path dataDir;

	@Test
	void slides_and_documents_are_recognised_by_their_content() throws IOException {
		var storage = new SynthesisFileStorage(dataDir.toString());
		assertThat(storage.store(openDocument(SynthesisFileStorage.ODP)).storedName()).endsWith(".odp");
		assertThat(storage.store(openDocument(SynthesisFileStorage.ODT)).storedName()).endsWith(".odt");
		assertThat(storage.store(office("ppt/presentation.xml")).mediaType()).isEqualTo(SynthesisFileStorage.PPTX);
		assertThat(storage.store(office("word/document.xml")).mediaType()).isEqualTo(SynthesisFileStorage.DOCX);
		var pdf = storage.store("%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
		assertThat(pdf.mediaType()).isEqualTo("application/pdf");
		assertThat(storage.find(pdf.storedName())).isPresent();
		assertThat(storage.find("../../etc/passwd")).isEmpty();
	}

	@Test
	void pages_scripts_programs_and_other_files_are_refused_with_a_reason() {
		var storage = new SynthesisFileStorage(dataDir.toString());
		assertThatThrownBy(() -> storage.store("<html><body>x</body></html>".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOfSatisfying(FieldRefused.class, e -> {
				assertThat(e.field()).isEqualTo("file");
				assertThat(e.messageKey()).isEqualTo("event.synthesis.file.dangerous");
			});
		byte[] elf = { 0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0 };
		assertThatThrownBy(() -> storage.store(elf)).isInstanceOfSatisfying(FieldRefused.class,
				e -> assertThat(e.messageKey()).isEqualTo("event.synthesis.file.dangerous"));
		assertThatThrownBy(() -> storage.store(new byte[] { 'G', 'I', 'F', '8', '9', 'a', 1, 0, 1, 0 }))
			.isInstanceOfSatisfying(FieldRefused.class,
					e -> assertThat(e.messageKey()).isEqualTo("event.synthesis.file.type"));
		assertThatThrownBy(() -> storage.store(new byte[0])).isInstanceOfSatisfying(FieldRefused.class,
				e -> assertThat(e.messageKey()).isEqualTo("event.synthesis.file.empty"));
		assertThatThrownBy(() -> storage.store(new byte[(int) SynthesisFileStorage.MAX_BYTES + 1]))
			.isInstanceOfSatisfying(FieldRefused.class,
					e -> assertThat(e.messageKey()).isEqualTo("event.synthesis.file.tooLarge"));
	}

	/** An OpenDocument file: its first entry, stored, names its type. */
	static byte[] openDocument(String type) throws IOException {
		var bytes = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(bytes)) {
			byte[] mimetype = type.getBytes(StandardCharsets.US_ASCII);
			var entry = new ZipEntry("mimetype");
			entry.setMethod(ZipEntry.STORED);
			entry.setSize(mimetype.length);
			var crc = new CRC32();
			crc.update(mimetype);
			entry.setCrc(crc.getValue());
			zip.putNextEntry(entry);
			zip.write(mimetype);
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("content.xml"));
			zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return bytes.toByteArray();
	}

	/** An Office Open XML file holding the given main part. */
	static byte[] office(String mainPart) throws IOException {
		var bytes = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(bytes)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry(mainPart));
			zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return bytes.toByteArray();
	}

}
