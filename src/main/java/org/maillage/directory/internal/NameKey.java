package org.maillage.directory.internal;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import org.maillage.common.TextFolding;

/**
 * The normalised form of an organisation's name used to spot duplicates: no accents, no
 * case, no punctuation, without the words that every name shares ("association", "de",
 * "la"...).
 */
public final class NameKey {

	private static final Set<String> NOISE = Set.of("a", "au", "aux", "d", "de", "des", "du", "en", "et", "l", "la",
			"le", "les", "sur", "association", "asso", "assoc", "ste", "societe", "sarl", "sas", "scic", "scop");

	private NameKey() {
	}

	public static String of(String name) {
		if (name == null) {
			return "";
		}
		String ascii = TextFolding.fold(name);
		String key = Arrays.stream(ascii.split(" "))
			.filter(word -> !word.isEmpty() && !NOISE.contains(word))
			.collect(Collectors.joining(" "));
		return key.isEmpty() ? ascii : key;
	}

	/**
	 * Same key, or keys at most two edits apart (typos, a plural) when long enough to
	 * mean it.
	 */
	public static boolean similar(String a, String b) {
		if (a.equals(b)) {
			return true;
		}
		if (Math.min(a.length(), b.length()) < 6) {
			return false;
		}
		return distance(a, b) <= 2;
	}

	private static int distance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

}
