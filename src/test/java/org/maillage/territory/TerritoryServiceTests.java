package org.maillage.territory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Runs on the real bundled COG 2026, loaded at start-up. */
@SpringBootTest
class TerritoryServiceTests {

	static final String PELUSSIN = "com:42168";

	static final String PILAT_RHODANIEN = "epci:244200895";

	@Autowired
	TerritoryService territories;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void st_etienne_finds_saint_etienne_first() {
		assertThat(territories.suggest("st etienne", null, 5)).first().extracting(Territory::id).isEqualTo("com:42218");
		assertThat(territories.suggest("SAINT-ETIENNE", TerritoryLevel.COMMUNE, 5)).first()
			.extracting(Territory::name)
			.isEqualTo("Saint-Étienne");
	}

	@Test
	void a_name_typed_without_accents_finds_the_commune() {
		assertThat(territories.suggest("pelussin", null, 5)).extracting(Territory::id).startsWith(PELUSSIN);
	}

	@Test
	void postal_insee_and_departement_codes_are_understood() {
		assertThat(territories.suggest("42410", null, 10)).extracting(Territory::id).contains(PELUSSIN);
		assertThat(territories.suggest("42168", null, 10)).extracting(Territory::id).startsWith(PELUSSIN);
		assertThat(territories.suggest("42", null, 10)).extracting(Territory::id).startsWith("dep:42");
		assertThat(territories.suggest("244200895", null, 10)).extracting(Territory::id)
			.containsExactly(PILAT_RHODANIEN);
	}

	@Test
	void a_level_restricts_the_suggestions() {
		assertThat(territories.suggest("loire", TerritoryLevel.DEPARTEMENT, 10)).extracting(Territory::level)
			.containsOnly(TerritoryLevel.DEPARTEMENT)
			.isNotEmpty();
	}

	@Test
	void pelussin_lies_in_its_epci_the_loire_and_auvergne_rhone_alpes() {
		assertThat(territories.containing(PELUSSIN)).contains(PELUSSIN, PILAT_RHODANIEN, "dep:42", "reg:84");
		assertThat(territories.parents(PELUSSIN)).extracting(Territory::id)
			.containsExactly("reg:84", "dep:42", PILAT_RHODANIEN);
	}

	@Test
	void the_loire_holds_pelussin_and_its_epci_but_not_lyon() {
		assertThat(territories.inside("dep:42")).contains(PELUSSIN, PILAT_RHODANIEN).doesNotContain("com:69123");
		assertThat(territories.inside(PILAT_RHODANIEN)).hasSize(14).contains(PELUSSIN);
	}

	@Test
	void every_commune_has_a_position() {
		Integer missing = jdbc.queryForObject(
				"SELECT COUNT(*) FROM territory WHERE level = 'COMMUNE' AND (latitude IS NULL OR longitude IS NULL)",
				Integer.class);
		assertThat(missing).isZero();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM territory WHERE level = 'COMMUNE'", Integer.class))
			.isEqualTo(34_969);
	}

	@Test
	void a_suggestion_typed_back_resolves_to_exactly_one_territory() {
		Territory pelussin = territories.get(PELUSSIN);
		assertThat(territories.resolve(pelussin.choice(), null).territory()).contains(pelussin);
		assertThat(territories.resolve("Pélussin", TerritoryLevel.COMMUNE).territory()).contains(pelussin);
		assertThat(territories.resolve("com:42168", null).territory()).contains(pelussin);
	}

	@Test
	void an_ambiguous_or_unknown_name_is_reported_as_such() {
		TerritoryResolution saintJust = territories.resolve("Saint-Just", TerritoryLevel.COMMUNE);
		assertThat(saintJust.isAmbiguous()).isTrue();
		assertThat(saintJust.candidates()).hasSizeGreaterThan(1);
		assertThat(territories.resolve("Zzyzx-sur-Rien", null).resolved()).isFalse();
		assertThat(territories.resolve("Zzyzx-sur-Rien", null).isAmbiguous()).isFalse();
	}

	@Test
	void a_label_as_the_pages_write_it_resolves_to_that_territory() {
		assertThat(territories.resolve("Saint-Just (34)", TerritoryLevel.COMMUNE).territory())
			.map(Territory::departementCode)
			.contains("34");
		assertThat(territories.resolve("Loire (42)", null).territory()).map(Territory::id).contains("dep:42");
		assertThat(territories.resolve("Pélussin (42)", null).territory()).map(Territory::id).contains(PELUSSIN);
	}

}
