package org.maillage.resource;

import java.util.Map;
import java.util.Optional;
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
 * (never the quizzes' answers).
 */
@Component
class PathSearchSource implements SearchSource {

	private final TrainingPathRepository paths;

	PathSearchSource(TrainingPathRepository paths) {
		this.paths = paths;
	}

	@Override
	public SearchType type() {
		return SearchType.PATH;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<SearchEntry> entry(String id) {
		try {
			return paths.findById(Long.parseLong(id)).map(PathSearchSource::entry);
		}
		catch (NumberFormatException e) {
			return Optional.empty();
		}
	}

	static SearchEntry entry(TrainingPath path) {
		String text = path.modules()
			.stream()
			.map(m -> m.title() + "\n" + (m.content() == null ? "" : m.content()))
			.collect(Collectors.joining("\n"));
		return new SearchEntry(SearchType.PATH, String.valueOf(path.id()), path.title(), path.summary(), text,
				"/parcours/" + path.id(), null, null, Map.of("kind", "PATH"), SearchAudience.EVERYONE,
				path.updatedAt());
	}

	@Override
	@Transactional(readOnly = true)
	public void forEach(Consumer<SearchEntry> consumer) {
		paths.findAll().forEach(path -> consumer.accept(entry(path)));
	}

}
