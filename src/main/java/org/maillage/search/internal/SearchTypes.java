package org.maillage.search.internal;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.maillage.search.SearchType;

/**
 * The kinds of items as they appear in URLs: French words ({@code type=ressource}); the
 * English constant names are accepted too.
 */
final class SearchTypes {

	private static final Map<SearchType, String> SLUGS = new EnumMap<>(Map.of(SearchType.ORGANISATION, "organisation",
			SearchType.PERSON, "personne", SearchType.PROJECT, "projet", SearchType.EVENT, "evenement",
			SearchType.RESOURCE, "ressource", SearchType.KIT, "kit", SearchType.PATH, "parcours"));

	private SearchTypes() {
	}

	static String slug(SearchType type) {
		return SLUGS.get(type);
	}

	static Optional<SearchType> parse(String value) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		String wanted = value.strip().toLowerCase(Locale.ROOT);
		return SLUGS.entrySet()
			.stream()
			.filter(e -> e.getValue().equals(wanted) || e.getKey().name().toLowerCase(Locale.ROOT).equals(wanted))
			.map(Map.Entry::getKey)
			.findFirst();
	}

	/**
	 * The known types among these values; unknown ones are reported in {@code unknown}.
	 */
	static Set<SearchType> parseAll(List<String> values, List<String> unknown) {
		Set<SearchType> types = new LinkedHashSet<>();
		if (values != null) {
			for (String value : values) {
				for (String part : value.split(",")) {
					if (part.isBlank()) {
						continue;
					}
					parse(part).ifPresentOrElse(types::add, () -> unknown.add(part.strip()));
				}
			}
		}
		return types;
	}

}
