package org.maillage.resource;

import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.maillage.search.SearchAudience;
import org.maillage.search.SearchEntry;
import org.maillage.search.SearchSource;
import org.maillage.search.SearchType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Kits are public: their title and introduction are searchable by everyone. */
@Component
class KitSearchSource implements SearchSource {

	private final KitRepository kits;

	KitSearchSource(KitRepository kits) {
		this.kits = kits;
	}

	@Override
	public SearchType type() {
		return SearchType.KIT;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<SearchEntry> entry(String id) {
		try {
			return kits.findById(Long.parseLong(id)).map(KitSearchSource::entry);
		}
		catch (NumberFormatException e) {
			return Optional.empty();
		}
	}

	static SearchEntry entry(Kit kit) {
		return new SearchEntry(SearchType.KIT, String.valueOf(kit.id()), kit.title(), kit.introduction(), "",
				"/kits/" + kit.id(), null, null, Map.of("kind", "KIT"), SearchAudience.EVERYONE, kit.updatedAt());
	}

	@Override
	@Transactional(readOnly = true)
	public void forEach(Consumer<SearchEntry> consumer) {
		kits.findAll().forEach(kit -> consumer.accept(entry(kit)));
	}

}
