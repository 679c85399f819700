package org.maillage.resource;

/**
 * Filters of the resource list (all optional): kind, theme code, licence, maturity,
 * audience words, territory id.
 */
public record ResourceCriteria(ResourceKind kind, String theme, Licence licence, Maturity maturity, String audience,
		String territory) {

	public ResourceCriteria {
		theme = blankToNull(theme);
		audience = blankToNull(audience);
		territory = blankToNull(territory);
	}

	public static ResourceCriteria all() {
		return new ResourceCriteria(null, null, null, null, null, null);
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
