package org.maillage.directory.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.maillage.territory.Territory;
import org.maillage.territory.TerritoryLevel;
import org.maillage.territory.TerritoryService;
import org.springframework.stereotype.Component;

/**
 * The directory's one door to the territory module: labels, hierarchy, and resolving what
 * a person typed in a form without JavaScript ("Pélussin", "42", "com:42168").
 */
@Component
public class TerritoryLookup {

	private final TerritoryService territories;

	TerritoryLookup(TerritoryService territories) {
		this.territories = territories;
	}

	/** What a form field designates. */
	public sealed interface Resolved {

		record One(Territory territory) implements Resolved {
		}

		record Several(List<Territory> candidates) implements Resolved {
		}

		record None() implements Resolved {
		}

	}

	public Resolved resolve(String input, TerritoryLevel levelOrNull) {
		if (input == null || input.isBlank()) {
			return new Resolved.None();
		}
		String value = input.strip();
		Optional<Territory> byId = territories.find(value).filter(t -> levelOrNull == null || t.level() == levelOrNull);
		if (byId.isPresent()) {
			return new Resolved.One(byId.get());
		}
		var resolution = territories.resolve(value, levelOrNull);
		if (resolution.resolved()) {
			return new Resolved.One(resolution.territory().orElseThrow());
		}
		if (resolution.isAmbiguous()) {
			// the label shown back in a re-rendered form ("Pélussin (42)") designates one
			// of them
			var exact = resolution.candidates().stream().filter(t -> t.label().equalsIgnoreCase(value)).toList();
			if (exact.size() == 1) {
				return new Resolved.One(exact.getFirst());
			}
			return new Resolved.Several(resolution.candidates());
		}
		return new Resolved.None();
	}

	public Optional<Territory> find(String id) {
		return id == null || id.isBlank() ? Optional.empty() : territories.find(id);
	}

	public Map<String, Territory> findAll(Collection<String> ids) {
		return ids.isEmpty() ? Map.of() : territories.findAll(ids);
	}

	/** The territory and all those containing it. */
	public Set<String> containing(String id) {
		return territories.containing(id);
	}

	public String label(String id) {
		return find(id).map(Territory::label).orElse(id);
	}

}
