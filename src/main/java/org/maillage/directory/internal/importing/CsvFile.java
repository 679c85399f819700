package org.maillage.directory.internal.importing;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.maillage.common.TextFolding;

/**
 * A CSV file as people export it from a spreadsheet: comma or semicolon, UTF-8 with or
 * without a byte order mark, or Windows-1252 (Excel's French default). Headers are
 * matched ignoring case, accents and spaces.
 */
public record CsvFile(Charset charset, char separator, List<String> headers, List<Row> rows) {

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	/**
	 * One data line: its line number in the file (header = 1) and its values by
	 * normalised header.
	 */
	public record Row(int line, Map<String, String> values) {

		public String get(String header) {
			String value = values.get(header);
			return value == null ? "" : value.strip();
		}

	}

	public static CsvFile read(byte[] content) throws IOException {
		Charset charset = StandardCharsets.UTF_8;
		String text;
		if (content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
				&& (content[2] & 0xFF) == 0xBF) {
			text = new String(content, 3, content.length - 3, StandardCharsets.UTF_8);
		}
		else {
			try {
				text = StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(content))
					.toString();
			}
			catch (CharacterCodingException notUtf8) {
				charset = WINDOWS_1252;
				text = new String(content, WINDOWS_1252);
			}
		}
		char separator = guessSeparator(text);
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setDelimiter(separator)
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true)
			.setTrim(true)
			.setAllowMissingColumnNames(true)
			.setAllowDuplicateHeaderNames(true)
			.get();
		List<Row> rows = new ArrayList<>();
		List<String> headers;
		try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
			headers = parser.getHeaderNames().stream().map(CsvFile::key).toList();
			for (CSVRecord record : parser) {
				Map<String, String> values = new LinkedHashMap<>();
				for (int i = 0; i < record.size() && i < headers.size(); i++) {
					values.putIfAbsent(headers.get(i), record.get(i));
				}
				if (values.values().stream().allMatch(String::isBlank)) {
					continue;
				}
				rows.add(new Row((int) record.getRecordNumber() + 1, values));
			}
		}
		catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException malformed) {
			throw new IOException(malformed.getMessage(), malformed);
		}
		return new CsvFile(charset, separator, headers, rows);
	}

	private static char guessSeparator(String text) {
		int end = text.indexOf('\n');
		String header = end < 0 ? text : text.substring(0, end);
		long semicolons = header.chars().filter(c -> c == ';').count();
		long commas = header.chars().filter(c -> c == ',').count();
		return semicolons >= commas && semicolons > 0 ? ';' : ',';
	}

	/**
	 * How a header or a listed value is compared: "Thématiques", " thematiques " and
	 * "THÉMATIQUES" are the same column, "Économie sociale" the same theme as
	 * "economie-sociale".
	 */
	public static String key(String text) {
		return TextFolding.fold(text).replace(" ", "");
	}

}
