package org.maillage.territory.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds a place name the way people type it: lowercase, no accents, hyphens and
 * apostrophes as spaces, "St"/"Ste" as "saint"/"sainte". "Saint-Étienne", "st etienne"
 * and "ST-ETIENNE" meet.
 */
public final class NameNormaliser {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");

	private NameNormaliser() {
	}

	public static String normalise(String text) {
		if (text == null) {
			return "";
		}
		String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
		folded = folded.toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae");
		folded = NOT_ALNUM.matcher(folded).replaceAll(" ").strip();
		if (folded.isEmpty()) {
			return folded;
		}
		StringBuilder out = new StringBuilder(folded.length() + 8);
		for (String word : folded.split(" ")) {
			if (!out.isEmpty()) {
				out.append(' ');
			}
			out.append(switch (word) {
				case "st" -> "saint";
				case "ste" -> "sainte";
				default -> word;
			});
		}
		return out.toString();
	}

}
