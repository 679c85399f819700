package org.maillage.directory.internal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.maillage.account.AccountDirectory;
import org.maillage.account.Role;
import org.maillage.directory.OrganisationCriteria;
import org.maillage.directory.OrganisationSearch;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/** A fresh instance of its own (own database) with the demo switched on. */
@SpringBootTest
@TestPropertySource(properties = { "maillage.demo.enabled=true",
		"spring.datasource.url=jdbc:h2:mem:demo-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
class DemoNetworkTests {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DemoNetwork demo;

	@Autowired
	OrganisationSearch search;

	@Autowired
	AccountDirectory accounts;

	@Test
	void a_fresh_instance_gets_the_pilat_network_once() throws Exception {
		Integer organisations = jdbc.queryForObject("SELECT COUNT(*) FROM directory_organisation", Integer.class);
		assertThat(organisations).isBetween(38, 45);
		demo.run(new DefaultApplicationArguments());
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM directory_organisation", Integer.class))
			.isEqualTo(organisations);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM directory_membership", Integer.class)).isGreaterThan(10);
	}

	@Test
	void the_demo_network_is_searchable_and_placed_on_real_communes() {
		var pelussin = new OrganisationCriteria(null, null, null, null, "com:42168", null);
		assertThat(search.count(pelussin)).as("acting in or around Pélussin").isGreaterThan(20);
		assertThat(search.count(new OrganisationCriteria("médiation numérique", null, null, null, null, null)))
			.isGreaterThan(0);
		assertThat(jdbc.queryForObject(
				"SELECT COUNT(*) FROM directory_organisation o LEFT JOIN territory t ON t.id = o.commune_id WHERE t.id IS NULL",
				Integer.class))
			.isZero();
	}

	@Test
	void the_demo_accounts_exist_with_their_roles() {
		assertThat(accounts.findByEmail("admin@demo.maillage.fr"))
			.hasValueSatisfying(u -> assertThat(u.roles()).contains(Role.ADMIN));
		assertThat(accounts.findByEmail("animation@demo.maillage.fr"))
			.hasValueSatisfying(u -> assertThat(u.roles()).contains(Role.ANIMATOR));
		assertThat(accounts.findByEmail("camille.martin@demo.maillage.fr")).isPresent();
	}

}
