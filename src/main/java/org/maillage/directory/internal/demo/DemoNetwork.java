package org.maillage.directory.internal.demo;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.persistence.EntityManager;
import org.maillage.account.DemoAccounts;
import org.maillage.account.Role;
import org.maillage.account.UserRef;
import org.maillage.directory.MembershipRole;
import org.maillage.directory.MembershipService;
import org.maillage.directory.Organisation;
import org.maillage.directory.OrganisationCommand;
import org.maillage.directory.OrganisationKind;
import org.maillage.directory.OrganisationService;
import org.maillage.directory.PersonProfileService;
import org.maillage.directory.TaxonomyService;
import org.maillage.directory.Visibility;
import org.maillage.directory.Vocabulary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/**
 * The demo network around Pélussin and the Pilat (src/main/resources/demo/network.json),
 * loaded on first start into an empty directory only, through the same services people
 * use, in one transaction. Switched off with MAILLAGE_DEMO=false, and in tests.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 10)
class DemoNetwork implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoNetwork.class);

	private final boolean enabled;

	private final String adminEmail;

	private final DemoAccounts accounts;

	private final OrganisationService organisations;

	private final MembershipService memberships;

	private final PersonProfileService profiles;

	private final TaxonomyService taxonomy;

	private final EntityManager entityManager;

	private final TransactionTemplate transaction;

	DemoNetwork(@Value("${maillage.demo.enabled:false}") boolean enabled,
			@Value("${maillage.admin.email:}") String adminEmail, DemoAccounts accounts,
			OrganisationService organisations, MembershipService memberships, PersonProfileService profiles,
			TaxonomyService taxonomy, EntityManager entityManager, TransactionTemplate transaction) {
		this.enabled = enabled;
		this.adminEmail = adminEmail;
		this.accounts = accounts;
		this.organisations = organisations;
		this.memberships = memberships;
		this.profiles = profiles;
		this.taxonomy = taxonomy;
		this.entityManager = entityManager;
		this.transaction = transaction;
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Network(String password, List<Account> accounts, List<Demo> organisations) {
	}

	record Account(String email, String name, List<Role> roles) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record Demo(String name, OrganisationKind kind, String commune, List<String> themes, List<String> competencies,
			String shortDescription, String description, List<String> territories, String address, String website,
			String email, String phone, String siren, String rna, List<Member> members) {
	}

	record Member(String email, String name, String function, MembershipRole role) {
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (!enabled) {
			return;
		}
		Long existing = entityManager.createQuery("select count(o) from Organisation o", Long.class).getSingleResult();
		if (existing > 0) {
			return;
		}
		Network network;
		try (InputStream in = new ClassPathResource("demo/network.json").getInputStream()) {
			network = JsonMapper.builder()
				.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
				.build()
				.readValue(in, Network.class);
		}
		long start = System.nanoTime();
		int created = transaction.execute(status -> load(network));
		log.info("Demo network loaded: {} organisations in {} ms (demo password: {})", created,
				(System.nanoTime() - start) / 1_000_000, network.password());
	}

	private int load(Network network) {
		Map<String, UserRef> people = new LinkedHashMap<>();
		for (Account account : network.accounts()) {
			if (account.roles().contains(Role.ADMIN) && StringUtils.hasText(adminEmail)) {
				continue;
			}
			people.put(account.email(), accounts.ensure(account.email(), account.name(), network.password(),
					account.roles().toArray(Role[]::new)));
		}
		Map<String, String> themes = codes(Vocabulary.THEME);
		Map<String, String> competencies = codes(Vocabulary.COMPETENCY);
		Map<String, String> functions = new HashMap<>();
		int created = 0;
		for (Demo demo : network.organisations()) {
			for (Member member : demo.members()) {
				people.computeIfAbsent(member.email(),
						email -> accounts.ensure(email, member.name(), network.password()));
				functions.putIfAbsent(member.email(), member.function());
			}
			UserRef creator = demo.members().isEmpty() ? people.get("animation@demo.maillage.fr")
					: people.get(demo.members().get(0).email());
			Organisation organisation = accounts.runAs(creator,
					() -> organisations.create(command(demo, themes, competencies)));
			for (Member member : demo.members().subList(Math.min(1, demo.members().size()), demo.members().size())) {
				accounts.runAs(creator, () -> {
					memberships.invite(organisation.id(), member.email(), member.function(), member.role());
					return null;
				});
			}
			created++;
		}
		for (var person : people.entrySet()) {
			String function = functions.get(person.getKey());
			if (function != null) {
				accounts.runAs(person.getValue(), () -> {
					profiles.update(function, null, Visibility.PUBLIC);
					return null;
				});
			}
		}
		return created;
	}

	private static OrganisationCommand command(Demo demo, Map<String, String> themes,
			Map<String, String> competencies) {
		return new OrganisationCommand(demo.name(), demo.kind(), demo.siren(), demo.rna(), demo.shortDescription(),
				demo.description(), demo.address(), "com:" + demo.commune(), null, null, Set.copyOf(demo.territories()),
				known(demo.themes(), themes), known(demo.competencies(), competencies), demo.website(), demo.email(),
				demo.phone(), Visibility.PUBLIC);
	}

	private static Set<String> known(List<String> labels, Map<String, String> codes) {
		Set<String> found = new LinkedHashSet<>();
		for (String label : labels) {
			String code = codes.get(label.toLowerCase(java.util.Locale.ROOT));
			if (code == null) {
				log.warn("Demo network: unknown term '{}' skipped", label);
			}
			else {
				found.add(code);
			}
		}
		return found;
	}

	private Map<String, String> codes(Vocabulary vocabulary) {
		Map<String, String> codes = new HashMap<>();
		taxonomy.list(vocabulary).forEach(t -> codes.put(t.label().toLowerCase(java.util.Locale.ROOT), t.code()));
		return codes;
	}

}
