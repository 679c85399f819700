package org.maillage.territory;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * One official territory: a région, a département, an EPCI (intercommunalité, identified
 * by its SIREN) or a commune (identified by its INSEE code). Ids carry the level:
 * {@code reg:84}, {@code dep:42}, {@code epci:200040715}, {@code com:42168}. Read-only:
 * the COG is loaded, never edited.
 */
@Entity
@Immutable
@Table(name = "territory")
public class Territory {

	@Id
	private String id;

	@Enumerated(EnumType.STRING)
	private TerritoryLevel level;

	private String code;

	private String name;

	@Column(name = "search_name")
	private String searchName;

	@Column(name = "departement_code")
	private String departementCode;

	@Column(name = "region_code")
	private String regionCode;

	@Column(name = "epci_code")
	private String epciCode;

	private Integer population;

	@Column(name = "postal_codes")
	private String postalCodes;

	private Double latitude;

	private Double longitude;

	protected Territory() {
	}

	public String id() {
		return id;
	}

	public TerritoryLevel level() {
		return level;
	}

	public String code() {
		return code;
	}

	public String name() {
		return name;
	}

	/** The name folded as people type it (see NameNormaliser), for matching. */
	String searchName() {
		return searchName;
	}

	public String departementCode() {
		return departementCode;
	}

	public String regionCode() {
		return regionCode;
	}

	public String epciCode() {
		return epciCode;
	}

	public Integer population() {
		return population;
	}

	public List<String> postalCodes() {
		return postalCodes == null || postalCodes.isBlank() ? List.of() : Arrays.asList(postalCodes.split(" "));
	}

	public Double latitude() {
		return latitude;
	}

	public Double longitude() {
		return longitude;
	}

	/**
	 * How people name it in a list: "Pélussin (42)", "Loire (42)",
	 * "Auvergne-Rhône-Alpes".
	 */
	public String label() {
		return switch (level) {
			case COMMUNE -> name + " (" + departementCode + ")";
			case DEPARTEMENT -> name + " (" + code + ")";
			default -> name;
		};
	}

	/**
	 * The text a suggestion puts in a field, resolved back without ambiguity: "Pélussin
	 * (42) [com:42168]".
	 */
	public String choice() {
		return label() + " [" + id + "]";
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Territory territory && id.equals(territory.id);
	}

	@Override
	public int hashCode() {
		return id.hashCode();
	}

	@Override
	public String toString() {
		return id + " " + name;
	}

}
