package org.maillage.territory.internal;

import org.maillage.common.TextFolding;

/**
 * Folds a place name the way people type it: lowercase, no accents, hyphens and
 * apostrophes as spaces, "St"/"Ste" as "saint"/"sainte". "Saint-Étienne", "st etienne"
 * and "ST-ETIENNE" meet.
 */
public final class NameNormaliser {

	private NameNormaliser() {
	}

	public static String normalise(String text) {
		if (text == null) {
			return "";
		}
		String folded = TextFolding.fold(text);
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
