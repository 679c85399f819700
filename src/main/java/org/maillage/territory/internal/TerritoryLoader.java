package org.maillage.territory.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the bundled COG file (built by {@code scripts/territories}) on first start, in
 * one transaction with JDBC batches. Idempotent: a loaded dataset version is never loaded
 * twice. Runs before every other start-up task, which may rely on the territories.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class TerritoryLoader implements ApplicationRunner {

	static final String DATASET = "cog-2026";

	private static final Logger log = LoggerFactory.getLogger(TerritoryLoader.class);

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final boolean enabled;

	TerritoryLoader(JdbcTemplate jdbc, TransactionTemplate transaction,
			@Value("${maillage.territories.load:true}") boolean enabled) {
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (enabled) {
			load();
		}
	}

	/** Loads the dataset unless it already is; returns whether it loaded anything. */
	synchronized boolean load() {
		Integer loaded = jdbc.queryForObject("SELECT COUNT(*) FROM territory_dataset WHERE version = ?", Integer.class,
				DATASET);
		if (loaded != null && loaded > 0) {
			return false;
		}
		long start = System.nanoTime();
		Dataset dataset = read();
		transaction.executeWithoutResult(status -> {
			jdbc.update("INSERT INTO territory_dataset (version, loaded_at) VALUES (?, ?)", DATASET,
					Timestamp.from(Instant.now()));
			jdbc.batchUpdate("""
					INSERT INTO territory (id, level, code, name, search_name, departement_code, region_code,
					  epci_code, population, postal_codes, latitude, longitude)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", dataset.territories, 2000, (ps, row) -> {
				for (int i = 0; i < row.length; i++) {
					ps.setObject(i + 1, row[i]);
				}
			});
			jdbc.batchUpdate("INSERT INTO territory_ancestor (territory_id, ancestor_id) VALUES (?, ?)",
					dataset.ancestors, 5000, (ps, pair) -> {
						ps.setString(1, pair[0]);
						ps.setString(2, pair[1]);
					});
		});
		log.info("Loaded {} territories and {} hierarchy links ({}) in {} ms", dataset.territories.size(),
				dataset.ancestors.size(), DATASET, (System.nanoTime() - start) / 1_000_000);
		return true;
	}

	private record Dataset(List<Object[]> territories, List<String[]> ancestors) {
	}

	private Dataset read() {
		List<Object[]> territories = new ArrayList<>(40_000);
		List<String[]> ancestors = new ArrayList<>(120_000);
		Map<String, String> regionOfDepartement = new LinkedHashMap<>();
		Map<String, Set<String>> epciMembers = new LinkedHashMap<>();
		Map<String, String> departementOfCommune = new LinkedHashMap<>();
		List<String[]> epciRows = new ArrayList<>();
		try (InputStream in = new GZIPInputStream(new ClassPathResource("territory/cog-2026.tsv.gz").getInputStream());
				var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				String[] f = line.split("\t", -1);
				switch (f[0]) {
					case "R" -> territories
						.add(row("reg:" + f[1], "REGION", f[1], f[2], null, f[1], null, null, null, null, null));
					case "D" -> {
						regionOfDepartement.put(f[1], f[3]);
						territories.add(row("dep:" + f[1], "DEPARTEMENT", f[1], f[2], f[1], f[3], null, null, null,
								null, null));
						ancestors.add(new String[] { "dep:" + f[1], "reg:" + f[3] });
					}
					case "E" -> {
						epciRows.add(f);
						epciMembers.put(f[1], new LinkedHashSet<>(List.of(f[5].split(","))));
					}
					case "C" -> {
						departementOfCommune.put(f[1], f[3]);
						territories.add(row("com:" + f[1], "COMMUNE", f[1], f[2], f[3], f[4], emptyToNull(f[5]),
								integer(f[6]), emptyToNull(f[7]), decimal(f[8]), decimal(f[9])));
						ancestors.add(new String[] { "com:" + f[1], "dep:" + f[3] });
						ancestors.add(new String[] { "com:" + f[1], "reg:" + f[4] });
						if (!f[5].isEmpty()) {
							ancestors.add(new String[] { "com:" + f[1], "epci:" + f[5] });
						}
					}
					default -> throw new IllegalStateException("Unknown record type in the territory file: " + f[0]);
				}
			}
		}
		catch (IOException e) {
			throw new IllegalStateException("Cannot read the bundled territory file", e);
		}
		for (String[] f : epciRows) {
			Set<String> departements = new LinkedHashSet<>();
			for (String member : epciMembers.get(f[1])) {
				String dep = departementOfCommune.get(member);
				if (dep != null) {
					departements.add(dep);
				}
			}
			String mainDepartement = departements.isEmpty() ? null : departements.iterator().next();
			Set<String> regions = new LinkedHashSet<>();
			for (String dep : departements) {
				ancestors.add(new String[] { "epci:" + f[1], "dep:" + dep });
				regions.add(regionOfDepartement.get(dep));
			}
			for (String region : regions) {
				ancestors.add(new String[] { "epci:" + f[1], "reg:" + region });
			}
			territories.add(row("epci:" + f[1], "EPCI", f[1], f[2], mainDepartement,
					mainDepartement == null ? null : regionOfDepartement.get(mainDepartement), f[1], integer(f[4]),
					null, null, null));
		}
		return new Dataset(territories, ancestors);
	}

	private static Object[] row(String id, String level, String code, String name, String departement, String region,
			String epci, Integer population, String postalCodes, Double latitude, Double longitude) {
		return new Object[] { id, level, code, name, NameNormaliser.normalise(name), departement, region, epci,
				population, postalCodes, latitude, longitude };
	}

	private static String emptyToNull(String value) {
		return value == null || value.isEmpty() ? null : value;
	}

	private static Integer integer(String value) {
		return value == null || value.isEmpty() ? null : Integer.valueOf(value);
	}

	private static Double decimal(String value) {
		return value == null || value.isEmpty() ? null : Double.valueOf(value);
	}

}
