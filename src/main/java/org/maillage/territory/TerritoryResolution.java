package org.maillage.territory;

import java.util.List;
import java.util.Optional;

/**
 * What a typed territory turned out to be, for forms that work without JavaScript:
 * exactly one territory, several candidates to choose from, or none.
 */
public record TerritoryResolution(Optional<Territory> territory, List<Territory> candidates) {

	public static TerritoryResolution of(Territory territory) {
		return new TerritoryResolution(Optional.of(territory), List.of());
	}

	public static TerritoryResolution ambiguous(List<Territory> candidates) {
		return new TerritoryResolution(Optional.empty(), List.copyOf(candidates));
	}

	public static TerritoryResolution none() {
		return new TerritoryResolution(Optional.empty(), List.of());
	}

	public boolean resolved() {
		return territory.isPresent();
	}

	public boolean isAmbiguous() {
		return territory.isEmpty() && !candidates.isEmpty();
	}

}
