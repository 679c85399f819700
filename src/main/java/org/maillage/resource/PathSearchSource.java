package org.maillage.resource;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.maillage.search.SearchAudience;
import org.maillage.search.SearchEntry;
import org.maillage.search.SearchSource;
import org.maillage.search.SearchType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Training paths are public: title, summary and module titles and texts are searchable
 * (never the quizzes' answers). A path's themes are those of the resources its modules
 * link, as far as they are published and public.
 */
@Component
class PathSearchSource implements SearchSource {

	private final TrainingPathRepository paths;

	private final ResourceRepository resources;

	PathSearchSource(TrainingPathRepository paths, ResourceRepository resources) {
		this.paths = paths;
		this.resources = resources;
	}

	@Override
	public SearchType type() {
		return SearchType.PATH;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<SearchEntry> entry(String id) {
		try {
			return paths.findById(Long.parseLong(id)).map(this::entry);
		}
		catch (NumberFormatException e) {
			return Optional.empty();
		}
	}

	SearchEntry entry(TrainingPath path) {
		String text = path.modules()
			.stream()
			.map(m -> m.title() + "\n" + (m.content() == null ? "" : m.content()))
			.collect(Collectors.joining("\n"));
		Set<String> themes = KitSearchSource.publicThemes(resources,
				path.modules()
					.stream()
					.map(TrainingPath.Module::resourceId)
					.filter(Objects::nonNull)
					.collect(Collectors.toSet()));
		return new SearchEntry(SearchType.PATH, String.valueOf(path.id()), path.title(), path.summary(), text,
				"/parcours/" + path.id(), themes, null, Map.of("kind", "PATH"), SearchAudience.EVERYONE,
				path.updatedAt());
	}

	@Override
	@Transactional(readOnly = true)
	public void forEach(Consumer<SearchEntry> consumer) {
		paths.findAll().forEach(path -> consumer.accept(entry(path)));
	}

}
