package org.maillage.project;

import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * French full-text and faceted search over projects. Visibility is part of the query, so
 * that lists, counts, facets and the API never reveal a project to someone who may not
 * see it: visitors find public projects, members also members-only ones, and
 * partners-only projects are found by the members of their partners.
 */
@Service
@Transactional(readOnly = true)
public class ProjectSearch {

	private static final AggregationKey<Map<ProjectStatus, Long>> STATUSES = AggregationKey.of("statuses");

	private static final AggregationKey<Map<String, Long>> THEMES = AggregationKey.of("themes");

	private static final AggregationKey<Map<String, Long>> TERRITORIES = AggregationKey.of("territories");

	private static final AggregationKey<Map<Long, Long>> PARTNERS = AggregationKey.of("partners");

	private final EntityManager entityManager;

	private final ProjectPermissions permissions;

	ProjectSearch(EntityManager entityManager, ProjectPermissions permissions) {
		this.entityManager = entityManager;
		this.permissions = permissions;
	}

	public ProjectResults search(ProjectCriteria criteria, int page, int size) {
		int safeSize = Math.clamp(size, 1, 100);
		int safePage = Math.max(0, page);
		var viewer = permissions.viewer();
		var result = Search.session(entityManager)
			.search(Project.class)
			.where(f -> predicate(f, criteria, viewer))
			.sort(f -> criteria.q() == null ? f.field("title_sort") : f.score().then().field("title_sort"))
			.aggregation(STATUSES, f -> f.terms().field("status", ProjectStatus.class).maxTermCount(20))
			.aggregation(THEMES, f -> f.terms().field("themes", String.class).maxTermCount(50))
			.aggregation(TERRITORIES, f -> f.terms().field("territoryId", String.class).maxTermCount(30))
			.aggregation(PARTNERS, f -> f.terms().field("partners", Long.class).maxTermCount(30))
			.fetch(safePage * safeSize, safeSize);
		result.hits().forEach(Project::loadDetails);
		return new ProjectResults(List.copyOf(result.hits()), result.total().hitCount(), safePage, safeSize,
				result.aggregation(STATUSES), result.aggregation(THEMES), result.aggregation(TERRITORIES),
				result.aggregation(PARTNERS));
	}

	/** Every project matching, without facets (map, exports), at most {@code limit}. */
	public List<Project> find(ProjectCriteria criteria, int limit) {
		var viewer = permissions.viewer();
		List<Project> hits = Search.session(entityManager)
			.search(Project.class)
			.where(f -> predicate(f, criteria, viewer))
			.sort(f -> f.field("title_sort"))
			.fetchHits(limit);
		hits.forEach(Project::loadDetails);
		return hits;
	}

	private PredicateFinalStep predicate(SearchPredicateFactory f, ProjectCriteria criteria,
			ProjectPermissions.Viewer viewer) {
		return f.bool(b -> {
			b.must(f.matchAll());
			if (!viewer.platformAdmin()) {
				var visible = f.bool().should(f.match().field("visibility").matching(ProjectVisibility.PUBLIC));
				if (viewer.loggedIn()) {
					visible.should(f.match().field("visibility").matching(ProjectVisibility.MEMBERS));
					Set<Long> mine = viewer.organisations().keySet();
					if (!mine.isEmpty()) {
						visible.should(f.terms().field("partners").matchingAny(mine));
					}
				}
				b.filter(visible);
			}
			if (criteria.q() != null) {
				b.must(f.simpleQueryString()
					.field("title")
					.boost(3)
					.fields("summary", "description")
					.matching(criteria.q())
					.defaultOperator(BooleanOperator.AND));
			}
			if (!criteria.statuses().isEmpty()) {
				b.filter(f.terms().field("status").matchingAny(criteria.statuses()));
			}
			if (criteria.theme() != null) {
				b.filter(f.match().field("themes").matching(criteria.theme()));
			}
			if (criteria.territoryId() != null) {
				b.filter(f.match().field("territoryScope").matching(criteria.territoryId()));
			}
			if (criteria.partnerId() != null) {
				b.filter(f.match().field("partners").matching(criteria.partnerId()));
			}
		});
	}

}
