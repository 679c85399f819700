package org.maillage.resource;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.maillage.directory.Visibility;
import org.maillage.search.SearchAudience;
import org.maillage.search.SearchEntry;
import org.maillage.search.SearchSource;
import org.maillage.search.SearchType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Kits are public: their title and introduction are searchable by everyone. A kit's
 * themes are those of its published, public resources (a draft or a members-only resource
 * lends it nothing), so that the theme facet finds it.
 */
@Component
class KitSearchSource implements SearchSource {

	private final KitRepository kits;

	private final ResourceRepository resources;

	KitSearchSource(KitRepository kits, ResourceRepository resources) {
		this.kits = kits;
		this.resources = resources;
	}

	@Override
	public SearchType type() {
		return SearchType.KIT;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<SearchEntry> entry(String id) {
		try {
			return kits.findById(Long.parseLong(id)).map(this::entry);
		}
		catch (NumberFormatException e) {
			return Optional.empty();
		}
	}

	SearchEntry entry(Kit kit) {
		Set<String> themes = publicThemes(resources,
				kit.items().stream().map(Kit.Item::resourceId).collect(Collectors.toSet()));
		return new SearchEntry(SearchType.KIT, String.valueOf(kit.id()), kit.title(), kit.introduction(), "",
				"/kits/" + kit.id(), themes, null, Map.of("kind", "KIT"), SearchAudience.EVERYONE, kit.updatedAt());
	}

	/** The themes of those resources that are published and public. */
	static Set<String> publicThemes(ResourceRepository resources, Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Set.of();
		}
		Set<String> themes = new TreeSet<>();
		resources.findAllById(ids)
			.stream()
			.filter(r -> r.isPublished() && r.visibility() == Visibility.PUBLIC)
			.forEach(r -> themes.addAll(r.themes()));
		return themes;
	}

	@Override
	@Transactional(readOnly = true)
	public void forEach(Consumer<SearchEntry> consumer) {
		kits.findAll().forEach(kit -> consumer.accept(entry(kit)));
	}

}
