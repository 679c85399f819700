package org.maillage.common;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds text the way people compare names: lowercase, accents removed ("é" → "e", "œ" →
 * "oe"), every run of other characters (hyphens, apostrophes, punctuation) one space.
 * "Saint-Étienne" and "saint etienne" fold alike.
 */
public final class TextFolding {

	private static final Pattern MARKS = Pattern.compile("\\p{M}+");

	private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]+");

	private TextFolding() {
	}

	public static String fold(String text) {
		if (text == null) {
			return "";
		}
		String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
		folded = folded.toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae");
		return NOT_ALNUM.matcher(folded).replaceAll(" ").strip();
	}

}
