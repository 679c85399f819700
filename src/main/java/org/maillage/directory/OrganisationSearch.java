package org.maillage.directory;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.maillage.account.CurrentUser;
import org.maillage.directory.internal.ActsInBinder;
import org.maillage.territory.TerritoryService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-text and faceted search over organisations. {@link #predicate} is the one place
 * where criteria and visibility become a query, so that the directory page, the API, the
 * map and exports all agree on what a visitor or a member may find.
 */
@Service
@Transactional(readOnly = true)
public class OrganisationSearch {

	private static final AggregationKey<Map<OrganisationKind, Long>> KINDS = AggregationKey.of("kinds");

	private static final AggregationKey<Map<String, Long>> THEMES = AggregationKey.of("themes");

	private static final AggregationKey<Map<String, Long>> COMPETENCIES = AggregationKey.of("competencies");

	private static final int MAX_FACETS = 100;

	private final EntityManager entityManager;

	private final CurrentUser currentUser;

	private final TerritoryService territories;

	OrganisationSearch(EntityManager entityManager, CurrentUser currentUser, TerritoryService territories) {
		this.entityManager = entityManager;
		this.currentUser = currentUser;
		this.territories = territories;
	}

	/**
	 * The predicate for these criteria, as seen by the current user (visitors: public
	 * only).
	 */
	public PredicateFinalStep predicate(SearchPredicateFactory f, OrganisationCriteria criteria) {
		return predicate(f, criteria, currentUser.get().isPresent());
	}

	/**
	 * The predicate for these criteria. A territory X matches organisations acting in X
	 * or in a territory inside X ({@code actsInExpanded}), and those acting in a
	 * territory containing X.
	 */
	public PredicateFinalStep predicate(SearchPredicateFactory f, OrganisationCriteria criteria, boolean loggedIn) {
		return f.bool(b -> {
			b.must(f.matchAll());
			if (!loggedIn) {
				b.filter(f.match().field("visibility").matching(Visibility.PUBLIC));
			}
			if (criteria.q() != null) {
				b.must(f.simpleQueryString()
					.field("name")
					.boost(3)
					.fields("shortDescription", "longDescription", "themes.label", "competencies.label")
					.matching(criteria.q())
					.defaultOperator(org.hibernate.search.engine.search.common.BooleanOperator.AND));
			}
			if (!criteria.kinds().isEmpty()) {
				b.filter(f.terms().field("kind").matchingAny(criteria.kinds()));
			}
			if (!criteria.themes().isEmpty()) {
				b.filter(f.terms().field("themes.code").matchingAny(criteria.themes()));
			}
			if (!criteria.competencies().isEmpty()) {
				b.filter(f.terms().field("competencies.code").matchingAny(criteria.competencies()));
			}
			if (criteria.territoryId() != null) {
				Set<String> containing = new HashSet<>(territories.containing(criteria.territoryId()));
				containing.add(criteria.territoryId());
				b.filter(f.or(f.match().field(ActsInBinder.FIELD).matching(criteria.territoryId()),
						f.terms().field("actsIn").matchingAny(containing)));
			}
		});
	}

	/** A page of results (0-based) with facet counts over the whole filtered result. */
	public OrganisationResults search(OrganisationCriteria criteria, int page, int size) {
		return run(criteria, page, size, true);
	}

	/**
	 * A page of results (0-based) without facets: for the API and lists that show none.
	 */
	public OrganisationResults find(OrganisationCriteria criteria, int page, int size) {
		return run(criteria, page, size, false);
	}

	private OrganisationResults run(OrganisationCriteria criteria, int page, int size, boolean facets) {
		int safeSize = Math.clamp(size, 1, 100);
		int safePage = Math.max(0, page);
		boolean loggedIn = currentUser.get().isPresent();
		var query = Search.session(entityManager)
			.search(Organisation.class)
			.where(f -> predicate(f, criteria, loggedIn))
			.sort(f -> switch (criteria.effectiveSort()) {
				case OrganisationCriteria.SORT_RECENT -> f.field("createdAt").desc().then().field("name_sort");
				case OrganisationCriteria.SORT_NAME -> f.field("name_sort").asc();
				default -> f.score().then().field("name_sort");
			});
		if (facets) {
			query = query
				.aggregation(KINDS, f -> f.terms().field("kind", OrganisationKind.class).maxTermCount(MAX_FACETS))
				.aggregation(THEMES, f -> f.terms().field("themes.code", String.class).maxTermCount(MAX_FACETS))
				.aggregation(COMPETENCIES,
						f -> f.terms().field("competencies.code", String.class).maxTermCount(MAX_FACETS));
		}
		var result = query.fetch(safePage * safeSize, safeSize);
		// the page renders after the transaction: load what it shows now (batched)
		result.hits().forEach(Organisation::loadDetails);
		return new OrganisationResults(List.copyOf(result.hits()), result.total().hitCount(), safePage, safeSize,
				facets ? result.aggregation(KINDS) : Map.of(), facets ? result.aggregation(THEMES) : Map.of(),
				facets ? result.aggregation(COMPETENCIES) : Map.of());
	}

	/** How many organisations match, as seen by the current user. */
	public long count(OrganisationCriteria criteria) {
		boolean loggedIn = currentUser.get().isPresent();
		return Search.session(entityManager)
			.search(Organisation.class)
			.where(f -> predicate(f, criteria, loggedIn))
			.fetchTotalHitCount();
	}

}
