package org.maillage.search.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.maillage.common.TextFolding;

/**
 * Reads what a person typed into the ideas a result must contain. Each idea is a word or
 * a phrase, with its synonyms as alternatives ("EPCI" → EPCI or intercommunalité or
 * "communauté de communes"). Elided articles ("l'", "d'") and common French words ("de",
 * "pour") are not ideas; the French analyzer deals with accents and plurals later.
 */
final class QueryReader {

	/** One thing the results must mention, in any of its forms. */
	record Concept(List<String> variants) {

		Concept {
			variants = List.copyOf(variants);
		}

	}

	/** A query: its ideas, and the plain words typed (for "did you mean"). */
	record ReadQuery(List<Concept> concepts, List<String> words) {

		boolean isEmpty() {
			return concepts.isEmpty();
		}

	}

	private static final Pattern ELISION = Pattern.compile("\\b(l|d|j|m|n|s|t|c|qu|jusqu|lorsqu|puisqu|quoiqu)['’]",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

	static final Set<String> STOP_WORDS = Set.of("a", "au", "aux", "avec", "ce", "ces", "cet", "cette", "dans", "de",
			"des", "du", "en", "et", "la", "le", "les", "leur", "leurs", "ou", "par", "pour", "sa", "sans", "se", "ses",
			"son", "sur", "un", "une", "qui", "que", "quoi", "dont", "est", "sont", "y");

	private QueryReader() {
	}

	/** Lowercased words, elisions removed, accents kept. */
	static List<String> words(String text) {
		if (text == null) {
			return List.of();
		}
		String withoutElisions = ELISION.matcher(text.toLowerCase(Locale.FRENCH)).replaceAll("");
		return SEPARATORS.splitAsStream(withoutElisions).filter(w -> !w.isEmpty()).toList();
	}

	private static List<String> folded(List<String> words) {
		return words.stream().map(TextFolding::fold).toList();
	}

	/**
	 * @param text what was typed
	 * @param synonymGroups groups of equivalent words or phrases
	 */
	static ReadQuery read(String text, List<List<String>> synonymGroups) {
		List<String> words = words(text);
		List<String> folded = folded(words);
		boolean onlyStopWords = folded.stream().allMatch(STOP_WORDS::contains);
		List<Concept> concepts = new ArrayList<>();
		int i = 0;
		while (i < words.size()) {
			int matched = 0;
			List<String> group = null;
			for (List<String> candidate : synonymGroups) {
				for (String phrase : candidate) {
					List<String> phraseWords = folded(words(phrase));
					int n = phraseWords.size();
					if (n > matched && i + n <= folded.size() && folded.subList(i, i + n).equals(phraseWords)) {
						matched = n;
						group = candidate;
					}
				}
			}
			if (group != null) {
				concepts.add(new Concept(group.stream().map(p -> String.join(" ", words(p))).distinct().toList()));
				i += matched;
			}
			else {
				if (onlyStopWords || !STOP_WORDS.contains(folded.get(i))) {
					concepts.add(new Concept(List.of(words.get(i))));
				}
				i++;
			}
		}
		List<String> plain = words.stream()
			.filter(w -> onlyStopWords || !STOP_WORDS.contains(TextFolding.fold(w)))
			.toList();
		return new ReadQuery(concepts, plain);
	}

}
