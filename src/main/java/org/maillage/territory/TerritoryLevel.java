package org.maillage.territory;

/** The levels of the French administrative geography that Maillage knows. */
public enum TerritoryLevel {

	REGION("reg"), DEPARTEMENT("dep"), EPCI("epci"), COMMUNE("com");

	private final String prefix;

	TerritoryLevel(String prefix) {
		this.prefix = prefix;
	}

	/**
	 * The prefix of the territory ids of this level, e.g. {@code com} in
	 * {@code com:42168}.
	 */
	public String prefix() {
		return prefix;
	}

	public String idOf(String code) {
		return prefix + ":" + code;
	}

}
