package org.maillage.project;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.maillage.search.SearchAudience;
import org.maillage.search.SearchEntry;
import org.maillage.search.SearchSource;
import org.maillage.search.SearchType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Projects in the global search. Public projects are for everyone, members-only ones for
 * signed-in members, partners-only ones for the members of their accepted partners.
 */
@Component
class ProjectSearchSource implements SearchSource {

	private static final int BATCH = 200;

	private final ProjectRepository projects;

	private final TransactionTemplate readOnly;

	ProjectSearchSource(ProjectRepository projects, org.springframework.transaction.PlatformTransactionManager tm) {
		this.projects = projects;
		this.readOnly = new TransactionTemplate(tm);
		this.readOnly.setReadOnly(true);
	}

	@Override
	public SearchType type() {
		return SearchType.PROJECT;
	}

	@Override
	public Optional<SearchEntry> entry(String id) {
		Long projectId = ProjectPageController.parseLong(id);
		if (projectId == null) {
			return Optional.empty();
		}
		return readOnly.execute(status -> projects.findById(projectId).map(ProjectSearchSource::toEntry));
	}

	@Override
	public void forEach(Consumer<SearchEntry> consumer) {
		List<Long> ids = readOnly.execute(status -> projects.findAllIds());
		for (int from = 0; from < ids.size(); from += BATCH) {
			List<Long> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
			readOnly
				.executeWithoutResult(status -> projects.findAllById(batch).forEach(p -> consumer.accept(toEntry(p))));
		}
	}

	static SearchEntry toEntry(Project p) {
		SearchAudience audience = switch (p.visibility()) {
			case PUBLIC -> SearchAudience.EVERYONE;
			case MEMBERS -> SearchAudience.MEMBERS;
			case PARTNERS -> SearchAudience.restricted(p.getPartnerIds(), java.util.Set.of());
		};
		String partners = p.acceptedPartners()
			.stream()
			.map(Partner::organisationName)
			.collect(Collectors.joining(", "));
		return new SearchEntry(SearchType.PROJECT, String.valueOf(p.id()), p.title(), p.summary(),
				(p.description() == null ? "" : p.description()) + "\n" + partners, "/projets/" + p.id(), p.themes(),
				p.getScopeIds(), Map.of("status", p.status().name()), audience, p.updatedAt());
	}

}
