package org.maillage.project;

import java.util.Optional;

import org.maillage.directory.OrganisationHighlights;
import org.springframework.stereotype.Component;

/** The projects an organisation takes part in, on its directory page. */
@Component
class ProjectHighlights implements OrganisationHighlights {

	private final ProjectService projects;

	private final ProjectTexts texts;

	ProjectHighlights(ProjectService projects, ProjectTexts texts) {
		this.projects = projects;
		this.texts = texts;
	}

	@Override
	public Optional<Highlight> forOrganisation(long organisationId) {
		var items = projects.ofOrganisation(organisationId)
			.stream()
			.map(open -> new Item(open.project().title(), "/projets/" + open.id(),
					open.project()
						.partner(organisationId)
						.map(p -> texts.get("project.role." + p.role()) + " · "
								+ texts.get("project.status." + open.project().status()))
						.orElse("")))
			.toList();
		return items.isEmpty() ? Optional.empty()
				: Optional.of(new Highlight(texts.get("project.highlight.title"), 20, items));
	}

}
