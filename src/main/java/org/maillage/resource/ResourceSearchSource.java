package org.maillage.resource;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.maillage.directory.Visibility;
import org.maillage.search.SearchAudience;
import org.maillage.search.SearchEntry;
import org.maillage.search.SearchSource;
import org.maillage.search.SearchType;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Resources as the global search sees them: only published ones (a draft or a resource in
 * review is not searchable at all); members-only ones for members only.
 */
@Component
class ResourceSearchSource implements SearchSource {

	private final ResourceRepository resources;

	ResourceSearchSource(ResourceRepository resources) {
		this.resources = resources;
	}

	@Override
	public SearchType type() {
		return SearchType.RESOURCE;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<SearchEntry> entry(String id) {
		try {
			return resources.findById(Long.parseLong(id)).flatMap(ResourceSearchSource::entry);
		}
		catch (NumberFormatException e) {
			return Optional.empty();
		}
	}

	static Optional<SearchEntry> entry(Resource r) {
		if (!r.isPublished()) {
			return Optional.empty();
		}
		Map<String, String> attributes = new HashMap<>();
		attributes.put("kind", r.kind().name());
		attributes.put("licence", r.licence().name());
		attributes.put("maturity", r.maturity().name());
		String fields = r.kind()
			.fields()
			.stream()
			.map(r::field)
			.filter(v -> v != null)
			.collect(Collectors.joining("\n"));
		String text = String.join("\n", fields, r.body() == null ? "" : r.body(),
				r.audience() == null ? "" : r.audience(), r.authorName());
		SearchAudience audience = r.visibility() == Visibility.PUBLIC ? SearchAudience.EVERYONE
				: SearchAudience.MEMBERS;
		return Optional.of(new SearchEntry(SearchType.RESOURCE, String.valueOf(r.id()), r.title(), r.summary(), text,
				"/ressources/" + r.id(), r.themes(), r.territories(), attributes, audience, r.updatedAt()));
	}

	@Override
	@Transactional(readOnly = true)
	public void forEach(Consumer<SearchEntry> consumer) {
		int page = 0;
		while (true) {
			var batch = resources.findAll(PageRequest.of(page++, 200, org.springframework.data.domain.Sort.by("id")));
			batch.forEach(r -> entry(r).ifPresent(consumer));
			if (!batch.hasNext()) {
				return;
			}
		}
	}

}
