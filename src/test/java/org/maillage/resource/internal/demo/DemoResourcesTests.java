package org.maillage.resource.internal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** A fresh instance of its own (own database) with the demo switched on. */
@SpringBootTest
@TestPropertySource(properties = { "maillage.demo.enabled=true",
		"spring.datasource.url=jdbc:h2:mem:demo-resources;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
class DemoResourcesTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DemoResources demo;

	@Test
	void a_fresh_instance_gets_the_demo_resource_centre_once() throws Exception {
		assertThat(count("SELECT COUNT(*) FROM resource_resource WHERE status = 'PUBLISHED'"))
			.isGreaterThanOrEqualTo(30);
		assertThat(count("SELECT COUNT(DISTINCT kind) FROM resource_resource")).isEqualTo(8);
		assertThat(count("SELECT COUNT(*) FROM resource_resource WHERE status = 'IN_REVIEW'")).isPositive();
		assertThat(count(
				"SELECT COUNT(*) FROM resource_resource WHERE maturity = 'VALIDATED' AND validated_by IS NOT NULL"))
			.isPositive();
		assertThat(count("SELECT COUNT(*) FROM resource_actor")).isGreaterThan(10);
		assertThat(count("SELECT COUNT(*) FROM resource_kit_item i JOIN resource_kit k ON k.id = i.kit_id "
				+ "WHERE k.title = 'Coopérer entre structures'"))
			.isGreaterThanOrEqualTo(8);
		assertThat(count("SELECT COUNT(*) FROM resource_path_module WHERE quiz IS NOT NULL")).isEqualTo(4);
		assertThat(count("SELECT COUNT(*) FROM resource_usage")).isPositive();
		int before = count("SELECT COUNT(*) FROM resource_resource");
		demo.run(new DefaultApplicationArguments());
		assertThat(count("SELECT COUNT(*) FROM resource_resource")).isEqualTo(before);
	}

	private int count(String sql) {
		return jdbc.queryForObject(sql, Integer.class);
	}

}
