package org.maillage.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.maillage.directory.DirectoryTestSupport.create;
import static org.maillage.directory.DirectoryTestSupport.unique;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.maillage.account.AccountConfirmed;
import org.maillage.account.PersonalDataContributor;
import org.maillage.account.Role;
import org.maillage.account.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Invitations, claims, profiles and personal data: how people join and show themselves.
 */
@SpringBootTest
@AutoConfigureMockMvc
class MembershipFlowTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	MembershipRepository memberships;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void inviting_an_existing_member_adds_them_and_tells_them_by_mail() throws Exception {
		var admin = TestAccounts.create(context);
		var colleague = TestAccounts.create(context);
		long id = create(mvc, admin, unique("Tiers-lieu"), Map.of());
		mvc.perform(post("/annuaire/organisations/" + id + "/membres/inviter").with(TestAccounts.as(admin))
			.with(csrf())
			.param("email", colleague.email().toUpperCase())
			.param("function", "Coordinatrice")).andExpect(status().is3xxRedirection());
		assertThat(memberships.findByOrganisationIdAndUserId(id, colleague.id())).isPresent()
			.get()
			.extracting(Membership::function)
			.isEqualTo("Coordinatrice");
		await().atMost(Duration.ofSeconds(10)).until(() -> mails(colleague.email()) > 0);
		// a plain member may not invite
		mvc.perform(post("/annuaire/organisations/" + id + "/membres/inviter").with(TestAccounts.as(colleague))
			.with(csrf())
			.param("email", "quelquun-" + UUID.randomUUID() + "@example.org")).andExpect(status().isForbidden());
		// and leaves
		mvc.perform(post("/annuaire/organisations/" + id + "/quitter").with(TestAccounts.as(colleague)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(memberships.findByOrganisationIdAndUserId(id, colleague.id())).isEmpty();
	}

	@Test
	void an_invitation_to_an_unknown_address_becomes_a_membership_once_the_account_is_confirmed() throws Exception {
		var admin = TestAccounts.create(context);
		long id = create(mvc, admin, unique("Coopérative"), Map.of());
		String email = "invitee-" + UUID.randomUUID() + "@example.org";
		mvc.perform(post("/annuaire/organisations/" + id + "/membres/inviter").with(TestAccounts.as(admin))
			.with(csrf())
			.param("email", email)
			.param("role", "ADMIN")).andExpect(status().is3xxRedirection());
		await().atMost(Duration.ofSeconds(10)).until(() -> mails(email) > 0);
		mvc.perform(get("/annuaire/organisations/" + id).with(TestAccounts.as(admin)))
			.andExpect(content().string(Matchers.containsString(email)));

		var newcomer = TestAccounts.create(context);
		transactions.executeWithoutResult(
				status -> events.publishEvent(new AccountConfirmed(newcomer.id(), email, newcomer.displayName())));
		await().atMost(Duration.ofSeconds(10))
			.until(() -> memberships.findByOrganisationIdAndUserId(id, newcomer.id()).isPresent());
		assertThat(memberships.findByOrganisationIdAndUserId(id, newcomer.id()).orElseThrow().role())
			.isEqualTo(MembershipRole.ADMIN);
	}

	@Test
	void a_claim_approved_by_an_animator_makes_the_claimant_admin() throws Exception {
		var creator = TestAccounts.create(context);
		var claimant = TestAccounts.create(context);
		var animator = TestAccounts.create(context, Role.ANIMATOR);
		long id = create(mvc, creator, unique("Mairie"), Map.of("kind", "COMMUNE"));
		mvc.perform(post("/annuaire/organisations/" + id + "/revendiquer").with(TestAccounts.as(claimant))
			.with(csrf())
			.param("message", "Je suis la secrétaire de mairie")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/annuaire/revendications").with(TestAccounts.as(claimant))).andExpect(status().isForbidden());
		String page = mvc.perform(get("/annuaire/revendications").with(TestAccounts.as(animator)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Je suis la secrétaire de mairie")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		var matcher = java.util.regex.Pattern.compile(
				"/annuaire/revendications/(\\d+)\"[^<]*</?[^>]*>[\\s\\S]{0,300}?Je suis|Je suis[\\s\\S]*?/annuaire/revendications/(\\d+)\"")
			.matcher(page);
		assertThat(matcher.find()).isTrue();
		String claimId = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
		mvc.perform(post("/annuaire/revendications/" + claimId).with(TestAccounts.as(animator))
			.with(csrf())
			.param("approve", "true")).andExpect(status().is3xxRedirection());
		assertThat(memberships.findByOrganisationIdAndUserId(id, claimant.id())).get()
			.extracting(Membership::role)
			.isEqualTo(MembershipRole.ADMIN);
		await().atMost(Duration.ofSeconds(10)).until(() -> mails(claimant.email()) > 0);
	}

	@Test
	void a_hidden_profile_is_not_shown_and_a_public_one_is() throws Exception {
		var person = TestAccounts.create(context);
		long id = create(mvc, person, unique("Réseau"), Map.of());
		// default: members only
		mvc.perform(get("/annuaire/personnes/" + person.id())).andExpect(status().isNotFound());
		mvc.perform(get("/annuaire/organisations/" + id))
			.andExpect(content().string(Matchers.not(Matchers.containsString(person.displayName()))));
		mvc.perform(post("/annuaire/mon-profil").with(TestAccounts.as(person))
			.with(csrf())
			.param("function", "Animatrice de réseau")
			.param("skills", "Concertation")
			.param("visibility", "PUBLIC")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/annuaire/personnes/" + person.id()))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Animatrice de réseau")));
		mvc.perform(get("/annuaire/organisations/" + id))
			.andExpect(content().string(Matchers.containsString(person.displayName())));
		mvc.perform(
				post("/annuaire/mon-profil").with(TestAccounts.as(person)).with(csrf()).param("visibility", "HIDDEN"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/annuaire/personnes/" + person.id()).with(TestAccounts.as(TestAccounts.create(context))))
			.andExpect(status().isNotFound());
	}

	@Test
	void personal_data_is_exported_and_erased() throws Exception {
		var person = TestAccounts.create(context);
		long id = create(mvc, person, unique("Données"), Map.of());
		mvc.perform(post("/annuaire/organisations/" + id + "/membres/inviter").with(TestAccounts.as(person))
			.with(csrf())
			.param("email", "x-" + UUID.randomUUID() + "@example.org")).andExpect(status().is3xxRedirection());
		var contributor = context.getBeansOfType(PersonalDataContributor.class)
			.values()
			.stream()
			.filter(c -> c.section().equals("directory"))
			.findFirst()
			.orElseThrow();
		@SuppressWarnings("unchecked")
		var export = (Map<String, Object>) contributor.export(person.id());
		assertThat((java.util.List<?>) export.get("memberships")).hasSize(1);
		assertThat((java.util.List<?>) export.get("invitationsSent")).hasSize(1);
		transactions.executeWithoutResult(status -> contributor.erase(person.id()));
		assertThat(memberships.findByUserId(person.id())).isEmpty();
		assertThat(jdbc.queryForObject("select count(*) from directory_invitation where invited_by = ?", Long.class,
				person.id()))
			.isZero();
		assertThat(jdbc.queryForObject("select count(*) from directory_organisation where created_by = ?", Long.class,
				person.id()))
			.isZero();
	}

	private long mails(String recipient) {
		return jdbc.queryForObject("select count(*) from mail_outbox where lower(recipient) = lower(?)", Long.class,
				recipient);
	}

}
