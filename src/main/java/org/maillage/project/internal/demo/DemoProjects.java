package org.maillage.project.internal.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.persistence.EntityManager;

import org.maillage.account.AccountDirectory;
import org.maillage.account.DemoAccounts;
import org.maillage.account.UserRef;
import org.maillage.directory.Organisation;
import org.maillage.project.Action;
import org.maillage.project.ActionCommand;
import org.maillage.project.ActionPlanService;
import org.maillage.project.ActionStatus;
import org.maillage.project.FollowUpService;
import org.maillage.project.FundingProgramme;
import org.maillage.project.FundingStatus;
import org.maillage.project.Partner;
import org.maillage.project.PartnerRole;
import org.maillage.project.Project;
import org.maillage.project.ProjectCommand;
import org.maillage.project.ProjectService;
import org.maillage.project.ProjectStatus;
import org.maillage.project.ProjectVisibility;
import org.maillage.project.Raci;
import org.maillage.territory.TerritoryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Three realistic projects of the demo network (a territorial food strategy, a digital
 * mediation network, a cooperation plan between the Parc, the communauté de communes and
 * the GAL), with partners, actions in every status, milestones, indicators, funding,
 * steering committees (the partners' demo members, and elected officials without an
 * account) and decisions; loaded through the services as the demo people, only into an
 * empty module.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 5)
class DemoProjects implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoProjects.class);

	private final boolean enabled;

	private final DemoAccounts demo;

	private final AccountDirectory accounts;

	private final ProjectService projects;

	private final ActionPlanService plans;

	private final FollowUpService followUp;

	private final TerritoryService territories;

	private final EntityManager entityManager;

	private final TransactionTemplate transaction;

	private final LocalDate today = LocalDate.now(org.maillage.common.FrenchTime.ZONE);

	DemoProjects(@Value("${maillage.demo.enabled:false}") boolean enabled, DemoAccounts demo, AccountDirectory accounts,
			ProjectService projects, ActionPlanService plans, FollowUpService followUp, TerritoryService territories,
			EntityManager entityManager, TransactionTemplate transaction) {
		this.enabled = enabled;
		this.demo = demo;
		this.accounts = accounts;
		this.projects = projects;
		this.plans = plans;
		this.followUp = followUp;
		this.territories = territories;
		this.entityManager = entityManager;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!enabled) {
			return;
		}
		long existing = entityManager.createQuery("select count(p) from Project p", Long.class).getSingleResult();
		if (existing > 0 || accounts.findByEmail("lea.fournier@demo.maillage.fr").isEmpty()) {
			return;
		}
		transaction.executeWithoutResult(status -> {
			foodStrategy();
			digitalMediation();
			cooperationPlan();
		});
		log.info("Demo projects loaded: 3 projects");
	}

	private void foodStrategy() {
		UserRef lea = person("lea.fournier@demo.maillage.fr");
		UserRef sophie = person("sophie.bernard@demo.maillage.fr");
		UserRef thomas = person("thomas.petit@demo.maillage.fr");
		UserRef admin = person("admin@demo.maillage.fr");
		long parc = organisation("Parc naturel régional du Pilat");
		long ccpr = organisation("Communauté de communes du Pilat Rhodanien");
		long gal = organisation("GAL LEADER Pilat");
		long chamber = organisation("Chambre d'agriculture de la Loire");
		long amap = organisation("AMAP des Crêts");
		Project project = as(lea, () -> projects.create(parc, new ProjectCommand(
				"Projet alimentaire territorial du Pilat",
				"Relocaliser l'alimentation : restauration collective, circuits courts et installation agricole.", """
						Le **projet alimentaire territorial** (PAT) fédère les collectivités, la profession agricole \
						et les associations du Pilat autour de trois axes :

						- mieux connaître la production et la consommation locales ;
						- approvisionner la restauration collective en produits locaux et de saison ;
						- sensibiliser les habitants et les jeunes.""", epciOf("com:42168"),
				Set.of("alimentation", "agriculture"), ProjectStatus.RUNNING, today.minusMonths(8).withDayOfMonth(1),
				today.plusMonths(16).withDayOfMonth(1), ProjectVisibility.PUBLIC)));
		long id = project.id();
		invite(lea, id, ccpr, PartnerRole.CO_PILOT, sophie);
		invite(lea, id, gal, PartnerRole.FUNDER, thomas);
		invite(lea, id, chamber, PartnerRole.OPERATOR, admin);
		invite(lea, id, amap, PartnerRole.BENEFICIARY, admin);
		var know = as(lea, () -> plans.addWorkPackage(id, "Axe 1 — Connaître le système alimentaire"));
		var supply = as(lea, () -> plans.addWorkPackage(id, "Axe 2 — Approvisionner la restauration collective"));
		var aware = as(lea, () -> plans.addWorkPackage(id, "Axe 3 — Sensibiliser les habitants"));
		Action diagnostic = action(lea, id, know.id(), "Diagnostic agricole et alimentaire", chamber, null, -7, -2,
				ActionStatus.DONE, 100);
		action(lea, id, know.id(), "Cartographie des producteurs en circuits courts", parc, lea, -5, -1,
				ActionStatus.IN_PROGRESS, 70);
		Action canteens = action(sophie, id, supply.id(), "Accompagner 12 cantines scolaires", ccpr, sophie, -3, 6,
				ActionStatus.IN_PROGRESS, 35);
		action(sophie, id, supply.id(), "Plateforme logistique mutualisée", ccpr, null, 1, 10, ActionStatus.BLOCKED,
				10);
		action(lea, id, supply.id(), "Groupement de commandes des communes", parc, null, 2, 8, ActionStatus.TODO, 0);
		action(lea, id, aware.id(), "Défi « familles à alimentation positive »", amap, null, -2, 3,
				ActionStatus.IN_PROGRESS, 50);
		action(lea, id, aware.id(), "Marché de producteurs itinérant", parc, null, -6, -3, ActionStatus.CANCELLED, 0);
		as(lea, () -> {
			plans.assign(id, canteens.id(), parc, Raci.A);
			plans.assign(id, canteens.id(), chamber, Raci.C);
			plans.assign(id, canteens.id(), gal, Raci.I);
			plans.assign(id, diagnostic.id(), parc, Raci.A);
			plans.addMilestone(id, "Comité de pilotage de printemps", today.plusWeeks(3));
			plans.addMilestone(id, "Restitution du diagnostic", today.minusMonths(2)).id();
			plans.addMilestone(id, "Bilan à mi-parcours", today.plusMonths(5));
			var local = followUp.addIndicator(id, "Part de produits locaux dans les cantines", "%", 8, 30);
			followUp.measure(id, local.id(), today.minusMonths(6), 8, "Diagnostic initial");
			followUp.measure(id, local.id(), today.minusMonths(3), 12, null);
			followUp.measure(id, local.id(), today.minusWeeks(2), 17, "Après l'entrée de 4 cantines");
			var farms = followUp.addIndicator(id, "Producteurs engagés", "producteurs", 0, 40);
			followUp.measure(id, farms.id(), today.minusMonths(4), 9, null);
			followUp.measure(id, farms.id(), today.minusMonths(1), 21, null);
			followUp.addExpense(id, "Animation (0,5 ETP sur 2 ans)", 4_500_000);
			followUp.addExpense(id, "Études et diagnostic", 1_800_000);
			followUp.addExpense(id, "Communication et événements", 750_000);
			followUp.addFunding(id, "LEADER 2023-2027", "GAL LEADER Pilat", FundingProgramme.LEADER,
					FundingStatus.GRANTED, 3_200_000);
			followUp.addFunding(id, "Programme national pour l'alimentation", "DRAAF", FundingProgramme.STATE,
					FundingStatus.PAID, 1_000_000);
			followUp.addFunding(id, "Contrat de territoire", "Région Auvergne-Rhône-Alpes", FundingProgramme.REGION,
					FundingStatus.REQUESTED, 1_200_000);
			followUp.addFunding(id, "Autofinancement", "Parc du Pilat", FundingProgramme.OWN_FUNDS, FundingStatus.PAID,
					500_000);
			followUp.addCommitteeMember(id, parc, lea.id(), "Chargée de mission PAT");
			followUp.addCommitteeMember(id, ccpr, sophie.id(), "Responsable développement");
			followUp.addCommitteeMember(id, gal, thomas.id(), "Animateur LEADER");
			followUp.addCommitteeMemberWithoutAccount(id, "Martine Vallat", ccpr,
					"Vice-présidente à l'agriculture et à l'alimentation");
			followUp.addCommitteeMemberWithoutAccount(id, "Pierre Granjon", chamber, "Conseiller circuits courts");
			followUp.decide(id, today.minusMonths(2), "Lancer l'accompagnement des cantines avec 4 communes pilotes.",
					"Comité de pilotage", List.of(canteens.id()));
			followUp.decide(id, today.minusMonths(6), "Confier le diagnostic à la Chambre d'agriculture.",
					"Comité de pilotage", List.of(diagnostic.id()));
			return null;
		});
	}

	private void digitalMediation() {
		UserRef nora = person("nora.haddad@demo.maillage.fr");
		UserRef camille = person("camille.martin@demo.maillage.fr");
		UserRef jean = person("jean.roux@demo.maillage.fr");
		UserRef admin = person("admin@demo.maillage.fr");
		long pilatNumerique = organisation("Pilat Numérique — médiation numérique");
		long network = organisation("Réseau des aidants numériques de la Loire");
		long pelussin = organisation("Commune de Pélussin");
		long departement = organisation("Département de la Loire");
		long centreSocial = organisation("Centre social du Haut Pilat");
		Project project = as(nora, () -> projects
			.create(pilatNumerique, new ProjectCommand("Réseau de médiation numérique du Pilat",
					"Des permanences numériques dans chaque bourg et un réseau d'aidants formés.",
					"Ouvrir des **permanences** dans les mairies, médiathèques et centres sociaux, former les aidants "
							+ "et partager les outils du réseau départemental.",
					"dep:42", Set.of("mediation-numerique", "services-au-public"), ProjectStatus.RUNNING,
					today.minusMonths(4).withDayOfMonth(1), today.plusMonths(20).withDayOfMonth(1),
					ProjectVisibility.MEMBERS)));
		long id = project.id();
		invite(nora, id, network, PartnerRole.CO_PILOT, admin);
		invite(nora, id, pelussin, PartnerRole.OPERATOR, camille);
		invite(nora, id, departement, PartnerRole.FUNDER, admin);
		invite(nora, id, centreSocial, PartnerRole.BENEFICIARY, admin);
		var places = as(nora, () -> plans.addWorkPackage(id, "Lieux de médiation"));
		var helpers = as(nora, () -> plans.addWorkPackage(id, "Aidants et formation"));
		action(nora, id, places.id(), "Permanence hebdomadaire à la médiathèque de Pélussin", pelussin, camille, -3, 1,
				ActionStatus.IN_PROGRESS, 60);
		action(nora, id, places.id(), "Bus numérique dans les hameaux", pilatNumerique, nora, 1, 9, ActionStatus.TODO,
				0);
		action(nora, id, helpers.id(), "Former 20 aidants (secrétaires de mairie, bénévoles)", network, null, -2, -1,
				ActionStatus.IN_PROGRESS, 45);
		action(nora, id, helpers.id(), "Kit d'accueil des aidants", pilatNumerique, nora, -4, -2, ActionStatus.DONE,
				100);
		as(nora, () -> {
			plans.addMilestone(id, "Ouverture de la 5e permanence", today.plusMonths(2));
			var visits = followUp.addIndicator(id, "Personnes accompagnées", "personnes", 0, 600);
			followUp.measure(id, visits.id(), today.minusMonths(2), 85, null);
			followUp.measure(id, visits.id(), today.minusWeeks(1), 190, "Hausse avec la permanence de Pélussin");
			followUp.addExpense(id, "Conseiller numérique (1 ETP)", 4_200_000);
			followUp.addExpense(id, "Matériel itinérant", 900_000);
			followUp.addFunding(id, "Conseillers numériques", "État", FundingProgramme.STATE, FundingStatus.GRANTED,
					2_500_000);
			followUp.addFunding(id, "Inclusion numérique", "Département de la Loire", FundingProgramme.DEPARTEMENT,
					FundingStatus.REQUESTED, 1_500_000);
			followUp.addCommitteeMember(id, pilatNumerique, nora.id(), "Coordinatrice du réseau");
			followUp.addCommitteeMember(id, pelussin, camille.id(), "Chargée de mission développement local");
			followUp.addCommitteeMember(id, pelussin, jean.id(), "Maire adjoint à la vie associative");
			followUp.addCommitteeMemberWithoutAccount(id, "Hélène Desgranges", departement,
					"Conseillère départementale déléguée à l'inclusion numérique");
			return null;
		});
	}

	private void cooperationPlan() {
		UserRef lea = person("lea.fournier@demo.maillage.fr");
		UserRef sophie = person("sophie.bernard@demo.maillage.fr");
		UserRef thomas = person("thomas.petit@demo.maillage.fr");
		long parc = organisation("Parc naturel régional du Pilat");
		long ccpr = organisation("Communauté de communes du Pilat Rhodanien");
		long gal = organisation("GAL LEADER Pilat");
		Project project = as(lea, () -> projects.create(parc,
				new ProjectCommand("Plan de coopération Parc – communauté de communes – GAL",
						"Qui fait quoi entre le Parc, la CCPR et le GAL : ingénierie partagée et calendrier commun.",
						"Clarifier les **rôles** de chacun, mutualiser l'ingénierie et tenir un calendrier commun des "
								+ "appels à projets.",
						epciOf("com:42168"), Set.of("cooperation-territoriale"), ProjectStatus.PREPARATION,
						today.minusMonths(1).withDayOfMonth(1), today.plusMonths(11).withDayOfMonth(1),
						ProjectVisibility.PARTNERS)));
		long id = project.id();
		invite(lea, id, ccpr, PartnerRole.CO_PILOT, sophie);
		invite(lea, id, gal, PartnerRole.CO_PILOT, thomas);
		Action map = action(lea, id, null, "Cartographier les missions de chaque structure", parc, lea, 0, 2,
				ActionStatus.IN_PROGRESS, 40);
		action(sophie, id, null, "Convention d'ingénierie partagée", ccpr, sophie, 1, 4, ActionStatus.TODO, 0);
		action(thomas, id, null, "Calendrier commun des appels à projets", gal, thomas, 0, 3, ActionStatus.TODO, 0);
		as(lea, () -> {
			plans.assign(id, map.id(), ccpr, Raci.C);
			plans.assign(id, map.id(), gal, Raci.C);
			plans.addMilestone(id, "Séminaire des trois équipes", today.plusWeeks(6));
			followUp.addCommitteeMember(id, parc, lea.id(), "Chargée de mission coopération");
			followUp.addCommitteeMember(id, ccpr, sophie.id(), "Directrice du développement");
			followUp.addCommitteeMember(id, gal, thomas.id(), "Animateur LEADER");
			followUp.addCommitteeMemberWithoutAccount(id, "Bernard Coste", gal, "Président du comité de programmation");
			followUp.decide(id, today.minusWeeks(2), "Tenir un comité technique commun chaque trimestre.",
					"Directeurs des trois structures", List.of());
			return null;
		});
	}

	private void invite(UserRef pilot, long projectId, long organisationId, PartnerRole role, UserRef answerer) {
		Partner partner = as(pilot, () -> projects.invite(projectId, organisationId, role));
		as(answerer, () -> {
			projects.answer(projectId, partner.id(), true);
			return null;
		});
	}

	/** An action starting and due some months from today. */
	private Action action(UserRef as, long projectId, Long workPackageId, String title, long organisationId,
			UserRef responsible, int startMonths, int dueMonths, ActionStatus status, int progress) {
		return as(as,
				() -> plans.createAction(projectId,
						new ActionCommand(title, null, workPackageId, organisationId,
								responsible == null ? null : responsible.id(), today.plusMonths(startMonths),
								today.plusMonths(dueMonths).plusDays(3), status, progress, null)));
	}

	private String epciOf(String communeId) {
		return territories.containing(communeId)
			.stream()
			.filter(id -> id.startsWith("epci:"))
			.findFirst()
			.orElse("dep:42");
	}

	private long organisation(String name) {
		return entityManager.createQuery("select o from Organisation o where o.name = :name", Organisation.class)
			.setParameter("name", name)
			.getResultList()
			.stream()
			.findFirst()
			.map(Organisation::id)
			.orElseThrow(() -> new IllegalStateException("Demo organisation missing: " + name));
	}

	private UserRef person(String email) {
		return accounts.findByEmail(email)
			.orElseThrow(() -> new IllegalStateException("Demo account missing: " + email));
	}

	private <T> T as(UserRef user, Supplier<T> work) {
		return demo.runAs(user, work);
	}

}
