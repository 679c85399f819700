package org.maillage.territory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import org.maillage.common.NotFoundException;
import org.maillage.territory.internal.NameNormaliser;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds territories and walks their hierarchy. Names are matched the way people type them
 * ("st etienne" finds Saint-Étienne), as well as postal codes, INSEE codes and
 * département numbers.
 */
@Service
@Transactional(readOnly = true)
public class TerritoryService {

	private static final Pattern ID = Pattern.compile("^(reg|dep|epci|com):[0-9AB]{2,9}$");

	private static final Pattern ID_IN_CHOICE = Pattern.compile("\\[((?:reg|dep|epci|com):[0-9AB]{2,9})]\\s*$");

	private static final Pattern LABEL = Pattern.compile("^(.+?)\\s*\\(([0-9]{2,3}|2[ABab])\\)$");

	private static final Pattern INSEE = Pattern.compile("^[0-9][0-9AB][0-9]{3}$");

	private static final Pattern DEPARTEMENT = Pattern.compile("^(?:[0-9]{2}|2[AB]|97[0-9])$");

	private static final Pattern DIGITS = Pattern.compile("^[0-9]{2,9}$");

	private final EntityManager entityManager;

	private final JdbcTemplate jdbc;

	TerritoryService(EntityManager entityManager, JdbcTemplate jdbc) {
		this.entityManager = entityManager;
		this.jdbc = jdbc;
	}

	public Optional<Territory> find(String id) {
		if (id == null || !ID.matcher(id).matches()) {
			return Optional.empty();
		}
		return Optional.ofNullable(entityManager.find(Territory.class, id));
	}

	public Territory get(String id) {
		return find(id).orElseThrow(() -> new NotFoundException("territory.notFound", id));
	}

	public Map<String, Territory> findAll(Collection<String> ids) {
		if (ids == null || ids.isEmpty()) {
			return Map.of();
		}
		Map<String, Territory> found = new HashMap<>();
		entityManager.createQuery("select t from Territory t where t.id in :ids", Territory.class)
			.setParameter("ids", ids)
			.getResultList()
			.forEach(t -> found.put(t.id(), t));
		return found;
	}

	public Optional<Territory> communeByInsee(String insee) {
		return insee == null ? Optional.empty() : find(TerritoryLevel.COMMUNE.idOf(insee.strip().toUpperCase()));
	}

	/**
	 * Territories matching what a person typed, best first: exact names before prefixes,
	 * larger levels before communes of the same name, then by population.
	 */
	public List<Territory> suggest(String query, TerritoryLevel level, int limit) {
		String q = query == null ? "" : query.strip();
		int max = Math.max(1, Math.min(limit, 50));
		if (q.isEmpty()) {
			return List.of();
		}
		var found = new LinkedHashSet<Territory>();
		Matcher choice = ID_IN_CHOICE.matcher(q);
		if (choice.find()) {
			find(choice.group(1)).filter(t -> level == null || t.level() == level).ifPresent(found::add);
			q = q.substring(0, choice.start()).strip();
		}
		if (ID.matcher(q).matches()) {
			find(q).filter(t -> level == null || t.level() == level).ifPresent(found::add);
			return List.copyOf(found);
		}
		String upper = q.toUpperCase();
		if (DEPARTEMENT.matcher(upper).matches()) {
			find(TerritoryLevel.DEPARTEMENT.idOf(upper)).filter(t -> level == null || t.level() == level)
				.ifPresent(found::add);
		}
		if (INSEE.matcher(upper).matches()) {
			find(TerritoryLevel.COMMUNE.idOf(upper)).filter(t -> level == null || t.level() == level)
				.ifPresent(found::add);
		}
		if (DIGITS.matcher(q).matches()) {
			if (q.length() == 9) {
				find(TerritoryLevel.EPCI.idOf(q)).filter(t -> level == null || t.level() == level)
					.ifPresent(found::add);
			}
			if (q.length() <= 5 && (level == null || level == TerritoryLevel.COMMUNE)) {
				found.addAll(query("(' ' || t.postalCodes) like :postal", "postal", "% " + q + "%",
						TerritoryLevel.COMMUNE, max));
			}
			return found.stream().limit(max).toList();
		}
		// a label as the pages write it, "Saint-Just (34)", narrows the name to a
		// département
		String departement = null;
		Matcher label = LABEL.matcher(q);
		if (label.matches()) {
			q = label.group(1);
			departement = label.group(2).toUpperCase();
		}
		String name = NameNormaliser.normalise(q);
		if (name.isEmpty()) {
			return List.copyOf(found);
		}
		List<Territory> candidates = new ArrayList<>(query("t.searchName like :name", "name", name + "%", level, 200));
		if (candidates.size() < max) {
			candidates.addAll(query("t.searchName like :name", "name", "% " + name + "%", level, max * 2));
		}
		if (departement != null) {
			String code = departement;
			candidates.removeIf(t -> !code.equals(t.departementCode()) && !code.equals(t.code()));
		}
		candidates.sort(Comparator.<Territory>comparingInt(t -> t.searchName().equals(name) ? 0 : 1)
			.thenComparingInt(t -> t.searchName().startsWith(name) ? 0 : 1)
			.thenComparingInt(t -> t.level().ordinal())
			.thenComparing(t -> t.population() == null ? 0 : t.population(), Comparator.reverseOrder()));
		found.addAll(candidates);
		return found.stream().limit(max).toList();
	}

	private List<Territory> query(String condition, String parameter, String value, TerritoryLevel level, int max) {
		String jpql = "select t from Territory t where " + condition + (level == null ? "" : " and t.level = :level")
				+ " order by t.population desc nulls last, t.name";
		TypedQuery<Territory> query = entityManager.createQuery(jpql, Territory.class)
			.setParameter(parameter, value)
			.setMaxResults(max);
		if (level != null) {
			query.setParameter("level", level);
		}
		return query.getResultList();
	}

	/**
	 * The territory itself and every territory that contains it (its EPCI, département,
	 * région).
	 */
	public Set<String> containing(String id) {
		Set<String> ids = new LinkedHashSet<>();
		ids.add(id);
		ids.addAll(jdbc.queryForList("SELECT ancestor_id FROM territory_ancestor WHERE territory_id = ?", String.class,
				id));
		return ids;
	}

	/**
	 * These territories and every territory containing one of them, in one query (for
	 * indexing).
	 */
	public Set<String> containingAll(Collection<String> ids) {
		Set<String> all = new LinkedHashSet<>(ids);
		if (!ids.isEmpty()) {
			all.addAll(entityManager
				.createQuery("select distinct a.ancestorId from TerritoryAncestor a where a.territoryId in :ids",
						String.class)
				.setParameter("ids", ids)
				.getResultList());
		}
		return all;
	}

	/**
	 * Every territory inside this one (not itself): the communes of an EPCI, everything
	 * in a région.
	 */
	public Set<String> inside(String id) {
		return new LinkedHashSet<>(jdbc
			.queryForList("SELECT territory_id FROM territory_ancestor WHERE ancestor_id = ?", String.class, id));
	}

	/** Territories inside this one at one level, largest first. */
	public List<Territory> inside(String id, TerritoryLevel level, int limit) {
		return entityManager
			.createQuery("select t from Territory t where t.level = :level and t.id in "
					+ "(select a.territoryId from TerritoryAncestor a where a.ancestorId = :id) "
					+ "order by t.population desc nulls last, t.name", Territory.class)
			.setParameter("level", level)
			.setParameter("id", id)
			.setMaxResults(limit)
			.getResultList();
	}

	public long countInside(String id, TerritoryLevel level) {
		return entityManager
			.createQuery("select count(t) from Territory t where t.level = :level and t.id in "
					+ "(select a.territoryId from TerritoryAncestor a where a.ancestorId = :id)", Long.class)
			.setParameter("level", level)
			.setParameter("id", id)
			.getSingleResult();
	}

	/**
	 * The territories containing this one, from the largest down (région, département,
	 * EPCI).
	 */
	public List<Territory> parents(String id) {
		Set<String> ids = containing(id);
		ids.remove(id);
		return findAll(ids).values().stream().sorted(Comparator.comparingInt(t -> t.level().ordinal())).toList();
	}

	/**
	 * What a person typed in a territory field, for forms without JavaScript: an id, a
	 * suggestion ("Pélussin (42) [com:42168]"), a code or a name.
	 */
	public TerritoryResolution resolve(String input, TerritoryLevel level) {
		if (input == null || input.isBlank()) {
			return TerritoryResolution.none();
		}
		List<Territory> candidates = suggest(input, level, 8);
		if (candidates.isEmpty()) {
			return TerritoryResolution.none();
		}
		if (candidates.size() == 1) {
			return TerritoryResolution.of(candidates.get(0));
		}
		String typed = input.strip();
		if (ID_IN_CHOICE.matcher(typed).find() || ID.matcher(typed).matches()) {
			return TerritoryResolution.of(candidates.get(0));
		}
		Matcher label = LABEL.matcher(typed);
		String name = NameNormaliser.normalise(label.matches() ? label.group(1) : typed);
		List<Territory> exact = candidates.stream().filter(t -> t.searchName().equals(name)).toList();
		if (exact.size() == 1) {
			return TerritoryResolution.of(exact.get(0));
		}
		return TerritoryResolution.ambiguous(exact.isEmpty() ? candidates : exact);
	}

}
