package org.maillage.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.util.BytesRef;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.maillage.common.TextFolding;
import org.springframework.stereotype.Component;

/**
 * "Vouliez-vous dire …": for each word of a query that appears in no document, the
 * closest word of the index (fewest edits, accents not counted, then the most frequent),
 * in the way of Lucene's DirectSpellChecker. Words are taken only from public documents
 * (the {@code spelling} field), so a suggestion never reveals something private.
 */
@Component
class Spelling {

	private final EntityManager entityManager;

	Spelling(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	/**
	 * The query with its unknown words replaced by the closest known ones; empty when
	 * nothing could be corrected.
	 * @param typed the query as typed
	 * @param words its significant words (lowercase, no elisions)
	 */
	Optional<String> suggest(String typed, List<String> words) {
		var scope = Search.session(entityManager).scope(SearchDocument.class);
		try (IndexReader reader = scope.extension(LuceneExtension.get()).openIndexReader()) {
			Terms terms = MultiTerms.getTerms(reader, SearchDocument.SPELLING);
			if (terms == null) {
				return Optional.empty();
			}
			String corrected = typed;
			boolean changed = false;
			List<String> seen = new ArrayList<>();
			for (String word : words) {
				if (seen.contains(word) || word.length() < 4
						|| reader.docFreq(new Term(SearchDocument.SPELLING, word)) > 0) {
					continue;
				}
				seen.add(word);
				String best = closest(terms, word);
				if (best != null) {
					corrected = Pattern.compile(Pattern.quote(word), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
						.matcher(corrected)
						.replaceFirst(best);
					changed = true;
				}
			}
			if (!changed || corrected.toLowerCase(Locale.FRENCH).equals(typed.toLowerCase(Locale.FRENCH))) {
				return Optional.empty();
			}
			return Optional.of(corrected);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String closest(Terms terms, String word) throws IOException {
		String folded = TextFolding.fold(word);
		FuzzyTermsEnum candidates = new FuzzyTermsEnum(terms, new Term(SearchDocument.SPELLING, word),
				word.length() >= 6 ? 2 : 1, 0, true);
		String best = null;
		int bestDistance = Integer.MAX_VALUE;
		int bestFrequency = 0;
		BytesRef term;
		while ((term = candidates.next()) != null) {
			String candidate = term.utf8ToString();
			int distance = distance(folded, TextFolding.fold(candidate));
			int frequency = candidates.docFreq();
			if (distance < bestDistance || (distance == bestDistance && frequency > bestFrequency)) {
				best = candidate;
				bestDistance = distance;
				bestFrequency = frequency;
			}
		}
		return best;
	}

	/** Edits between two words, a swap of neighbours counting as one (Damerau). */
	static int distance(String a, String b) {
		int[][] d = new int[a.length() + 1][b.length() + 1];
		for (int i = 0; i <= a.length(); i++) {
			d[i][0] = i;
		}
		for (int j = 0; j <= b.length(); j++) {
			d[0][j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
				if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
					d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
				}
			}
		}
		return d[a.length()][b.length()];
	}

}
