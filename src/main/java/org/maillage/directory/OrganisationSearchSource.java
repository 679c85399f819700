package org.maillage.directory;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.maillage.search.SearchAudience;
import org.maillage.search.SearchEntry;
import org.maillage.search.SearchSource;
import org.maillage.search.SearchType;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organisations as the global search sees them: public ones for everyone, members-only
 * ones for signed-in members only (as on the directory's own pages).
 */
@Component
@Transactional(readOnly = true)
class OrganisationSearchSource implements SearchSource {

	private static final int BATCH = 100;

	private final OrganisationRepository organisations;

	OrganisationSearchSource(OrganisationRepository organisations) {
		this.organisations = organisations;
	}

	@Override
	public SearchType type() {
		return SearchType.ORGANISATION;
	}

	@Override
	public Optional<SearchEntry> entry(String id) {
		return parse(id).flatMap(organisations::findById).map(OrganisationSearchSource::entryOf);
	}

	@Override
	public void forEach(Consumer<SearchEntry> consumer) {
		int page = 0;
		while (true) {
			var batch = organisations.findAll(PageRequest.of(page++, BATCH, Sort.by("id")));
			batch.forEach(o -> consumer.accept(entryOf(o)));
			if (!batch.hasNext()) {
				return;
			}
		}
	}

	static SearchEntry entryOf(Organisation o) {
		Set<String> territories = new HashSet<>(o.territoryIds());
		if (o.communeId() != null) {
			territories.add(o.communeId());
		}
		String terms = java.util.stream.Stream.concat(o.themes().stream(), o.competencies().stream())
			.map(Term::label)
			.collect(Collectors.joining(", "));
		String text = String.join("\n", o.kind().label(), terms,
				o.longDescription() == null ? "" : o.longDescription());
		Map<String, String> attributes = new HashMap<>();
		attributes.put("kind", o.kind().name());
		SearchAudience audience = o.visibility() == Visibility.PUBLIC ? SearchAudience.EVERYONE
				: SearchAudience.MEMBERS;
		return new SearchEntry(SearchType.ORGANISATION, String.valueOf(o.id()), o.name(), o.shortDescription(), text,
				"/annuaire/organisations/" + o.id(), o.themes().stream().map(Term::code).collect(Collectors.toSet()),
				territories, attributes, audience, o.updatedAt());
	}

	static Optional<Long> parse(String id) {
		try {
			return Optional.of(Long.parseLong(id));
		}
		catch (NumberFormatException e) {
			return Optional.empty();
		}
	}

}
