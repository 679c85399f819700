package org.maillage.directory.internal.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.mapper.orm.Search;
import org.maillage.account.CurrentUser;
import org.maillage.directory.Organisation;
import org.maillage.directory.OrganisationCriteria;
import org.maillage.directory.OrganisationKind;
import org.maillage.directory.OrganisationSearch;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the map shows for a view: the organisations matching the directory's filters
 * inside the visible box, clustered on the server by grid cell when there are many, one
 * by one otherwise.
 */
@Service
@Transactional(readOnly = true)
public class OrganisationMap {

	/**
	 * Below this many organisations in view, they are sent one by one whatever the zoom.
	 */
	static final int MAX_POINTS = 300;

	private static final int MAX_CELLS = 10_000;

	private static final AggregationKey<Map<String, Long>> CELLS = AggregationKey.of("cells");

	private final EntityManager entityManager;

	private final OrganisationSearch search;

	private final CurrentUser currentUser;

	OrganisationMap(EntityManager entityManager, OrganisationSearch search, CurrentUser currentUser) {
		this.entityManager = entityManager;
		this.search = search;
		this.currentUser = currentUser;
	}

	/** A visible rectangle of the map, in degrees. */
	public record Box(double west, double south, double east, double north) {

		public static final Box WORLD = new Box(-180, -90, 180, 90);

		public Box {
			west = clamp(west, -180, 180);
			east = clamp(east, -180, 180);
			south = clamp(south, -90, 90);
			north = clamp(north, -90, 90);
			if (west > east || south > north) {
				throw new IllegalArgumentException("empty box");
			}
		}

		private static double clamp(double value, double min, double max) {
			return Double.isNaN(value) ? min : Math.max(min, Math.min(max, value));
		}

	}

	/** A cluster of {@code count} organisations around a point, or one organisation. */
	public record Marker(double latitude, double longitude, long count, Long id, String name, OrganisationKind kind) {

		boolean single() {
			return id != null;
		}

	}

	public record View(long total, boolean clustered, List<Marker> markers) {
	}

	public View view(OrganisationCriteria criteria, Box box, int zoom) {
		boolean loggedIn = currentUser.get().isPresent();
		int level = GeoCells.levelFor(zoom);
		// zoomed in, a view may show more organisations one by one: fetch them in the
		// same query
		int pointsShown = zoom >= GeoCells.POINTS_FROM_ZOOM ? MAX_POINTS * 4 : MAX_POINTS;
		var result = Search.session(entityManager)
			.search(Organisation.class)
			.select(f -> f.id(Long.class))
			.where(f -> f.bool()
				.must(search.predicate(f, criteria, loggedIn))
				.filter(f.spatial()
					.within()
					.field("location")
					.boundingBox(box.north(), box.west(), box.south(), box.east())))
			.aggregation(CELLS, f -> f.terms().field(GeoCells.field(level), String.class).maxTermCount(MAX_CELLS))
			.fetch(pointsShown);
		long total = result.total().hitCount();
		if (total <= pointsShown) {
			return new View(total, false, points(result.hits()));
		}
		List<Marker> markers = new ArrayList<>();
		result.aggregation(CELLS).forEach((cell, count) -> {
			double[] centre = GeoCells.centre(level, cell);
			markers.add(new Marker(centre[0], centre[1], count, null, null, null));
		});
		return new View(total, true, markers);
	}

	private List<Marker> points(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		return entityManager
			.createQuery("select o.id, o.name, o.kind, o.latitude, o.longitude from Organisation o "
					+ "where o.id in :ids and o.latitude is not null", Object[].class)
			.setParameter("ids", ids)
			.getResultList()
			.stream()
			.map(row -> new Marker((Double) row[3], (Double) row[4], 1, (Long) row[0], (String) row[1],
					(OrganisationKind) row[2]))
			.toList();
	}

}
