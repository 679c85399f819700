package org.maillage.territory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

@SpringBootTest
class TerritoryLoaderTests {

	@Autowired
	TerritoryLoader loader;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void loading_again_changes_nothing() {
		Integer before = jdbc.queryForObject("SELECT COUNT(*) FROM territory", Integer.class);
		Integer links = jdbc.queryForObject("SELECT COUNT(*) FROM territory_ancestor", Integer.class);
		assertThat(loader.load()).isFalse();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM territory", Integer.class)).isEqualTo(before);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM territory_ancestor", Integer.class)).isEqualTo(links);
		assertThat(before).isEqualTo(26 + 109 + 1255 + 34_969);
	}

}
