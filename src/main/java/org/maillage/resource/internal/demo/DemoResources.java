package org.maillage.resource.internal.demo;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.maillage.account.AccountDirectory;
import org.maillage.account.DemoAccounts;
import org.maillage.account.UserRef;
import org.maillage.common.PdfDocuments;
import org.maillage.directory.Organisation;
import org.maillage.directory.OrganisationCriteria;
import org.maillage.directory.OrganisationSearch;
import org.maillage.directory.Visibility;
import org.maillage.resource.KitService;
import org.maillage.resource.Licence;
import org.maillage.resource.Maturity;
import org.maillage.resource.PathCommand;
import org.maillage.resource.PathService;
import org.maillage.resource.QuizQuestion;
import org.maillage.resource.Resource;
import org.maillage.resource.ResourceCommand;
import org.maillage.resource.ResourceKind;
import org.maillage.resource.ResourceService;
import org.maillage.resource.ResourceUsageService;
import org.maillage.resource.internal.FileNames;
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
import org.springframework.web.util.HtmlUtils;

import tools.jackson.databind.json.JsonMapper;

/**
 * The demo resource centre (src/main/resources/demo/resources.json): tool sheets, case
 * studies of the Pilat, guides, templates, videos..., the kit "Coopérer entre structures"
 * and an ANIMACOOP-style training path. Loaded after the demo network into an empty
 * centre only, through the same services and reviews people use.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 5)
class DemoResources implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoResources.class);

	static final String ANIMATOR = "animation@demo.maillage.fr";

	record DemoResource(String key, ResourceKind kind, String title, String summary, String body, String author,
			List<String> themes, List<String> territories, List<String> organisations, List<String> actors,
			Map<String, String> fields, String link, String audience, Licence licence, Maturity maturity,
			Visibility visibility, String status) {
	}

	record DemoKit(String title, String introduction, List<List<String>> items) {
	}

	record DemoQuestion(String prompt, boolean multiple, List<String> choices, Set<Integer> correct,
			String explanation) {
	}

	record DemoModule(String title, String content, String resource, String video, List<DemoQuestion> quiz) {
	}

	record DemoPath(String title, String summary, Integer passMark, List<DemoModule> modules) {
	}

	record DemoCentre(List<DemoResource> resources, List<DemoKit> kits, List<DemoPath> paths) {
	}

	private final boolean enabled;

	private final DemoAccounts demoAccounts;

	private final AccountDirectory accounts;

	private final ResourceService resources;

	private final ResourceUsageService usage;

	private final KitService kits;

	private final PathService paths;

	private final OrganisationSearch organisations;

	private final TransactionTemplate transaction;

	DemoResources(@Value("${maillage.demo.enabled:false}") boolean enabled, DemoAccounts demoAccounts,
			AccountDirectory accounts, ResourceService resources, ResourceUsageService usage, KitService kits,
			PathService paths, OrganisationSearch organisations, TransactionTemplate transaction) {
		this.enabled = enabled;
		this.demoAccounts = demoAccounts;
		this.accounts = accounts;
		this.resources = resources;
		this.usage = usage;
		this.kits = kits;
		this.paths = paths;
		this.organisations = organisations;
		this.transaction = transaction;
	}

	@Override
	public void run(ApplicationArguments args) throws IOException {
		if (!enabled || !resources.isEmpty() || accounts.findByEmail(ANIMATOR).isEmpty()) {
			return;
		}
		DemoCentre centre;
		try (InputStream in = new ClassPathResource("demo/resources.json").getInputStream()) {
			centre = JsonMapper.builder().build().readValue(in, DemoCentre.class);
		}
		transaction.executeWithoutResult(status -> load(centre));
		log.info("Demo resource centre loaded: {} resources, {} kits, {} training paths", centre.resources().size(),
				centre.kits().size(), centre.paths().size());
	}

	private void load(DemoCentre centre) {
		UserRef animator = user(ANIMATOR);
		Map<String, Long> byKey = new HashMap<>();
		for (DemoResource demo : centre.resources()) {
			Resource created = write(demo);
			if (demo.key() != null) {
				byKey.put(demo.key(), created.id());
			}
		}
		for (DemoKit demo : centre.kits()) {
			demoAccounts.runAs(animator, () -> {
				var kit = kits.create(demo.title(), demo.introduction());
				demo.items().forEach(item -> kits.add(kit.id(), byKey.get(item.get(0)), item.get(1)));
				return kit;
			});
		}
		for (DemoPath demo : centre.paths()) {
			var modules = demo.modules()
				.stream()
				.map(m -> new PathCommand.ModuleCommand(m.title(), m.content(), m.video(),
						m.resource() == null ? null : byKey.get(m.resource()),
						m.quiz() == null ? List.of()
								: m.quiz()
									.stream()
									.map(q -> new QuizQuestion(q.prompt(), q.multiple(), q.choices(), q.correct(),
											q.explanation()))
									.toList()))
				.toList();
			demoAccounts.runAs(animator,
					() -> paths.create(new PathCommand(demo.title(), demo.summary(), demo.passMark(), modules)));
		}
		declareUses(byKey);
	}

	/** Writes, files, submits and publishes a resource as its author and the animator. */
	private Resource write(DemoResource demo) {
		UserRef author = user(demo.author());
		Maturity maturity = demo.maturity() == Maturity.VALIDATED ? Maturity.TESTED : demo.maturity();
		var command = new ResourceCommand(demo.title(), demo.summary(), demo.body(), demo.fields(), demo.link(),
				demo.audience(), demo.licence(), maturity, "fr", demo.visibility(), set(demo.themes()),
				set(demo.territories()), organisationIds(demo.organisations()), organisationIds(demo.actors()));
		Resource resource = demoAccounts.runAs(author, () -> {
			Resource created = resources.create(demo.kind(), command);
			if (demo.kind().needsAttachment() || "convention".equals(demo.key()) || "matrice".equals(demo.key())) {
				resources.attach(created.id(), FileNames.slug(demo.title()) + ".pdf", pdf(demo));
			}
			if (!"DRAFT".equals(demo.status())) {
				resources.submit(created.id());
			}
			return created;
		});
		if (demo.status() == null || "PUBLISHED".equals(demo.status())) {
			demoAccounts.runAs(user(ANIMATOR), () -> {
				resources.publish(resource.id(), "Merci pour ce partage !");
				if (demo.maturity() == Maturity.VALIDATED) {
					resources.validateMaturity(resource.id());
				}
				return null;
			});
		}
		return resource;
	}

	private void declareUses(Map<String, Long> byKey) {
		UserRef camille = user("camille.martin@demo.maillage.fr");
		demoAccounts.runAs(camille, () -> {
			for (var organisation : usage.administeredOrganisations()) {
				for (String key : List.of("convention", "copil", "calendrier")) {
					usage.declareUse(byKey.get(key), organisation.id());
				}
			}
			usage.markUseful(byKey.get("matrice"));
			return null;
		});
		for (String email : List.of("lea.fournier@demo.maillage.fr", "nora.haddad@demo.maillage.fr")) {
			demoAccounts.runAs(user(email), () -> {
				usage.markUseful(byKey.get("matrice"));
				usage.markUseful(byKey.get("convention"));
				return null;
			});
		}
	}

	private static byte[] pdf(DemoResource demo) {
		return PdfDocuments.fromHtml("<html><head><meta charset=\"utf-8\"><title>" + HtmlUtils.htmlEscape(demo.title())
				+ "</title></head><body><h1>" + HtmlUtils.htmlEscape(demo.title()) + "</h1><p>"
				+ HtmlUtils.htmlEscape(demo.summary() == null ? "" : demo.summary()) + "</p><p>"
				+ HtmlUtils.htmlEscape(demo.body() == null ? "" : demo.body()) + "</p></body></html>", null);
	}

	private Set<Long> organisationIds(List<String> names) {
		Set<Long> ids = new LinkedHashSet<>();
		if (names == null) {
			return ids;
		}
		for (String name : names) {
			organisations.find(new OrganisationCriteria(name, null, null, null, null, null), 0, 20)
				.hits()
				.stream()
				.filter(o -> o.name().equals(name))
				.map(Organisation::id)
				.findFirst()
				.ifPresentOrElse(ids::add, () -> log.warn("Demo organisation not found: {}", name));
		}
		return ids;
	}

	private UserRef user(String email) {
		return accounts.findByEmail(email)
			.orElseThrow(() -> new IllegalStateException("Demo account missing: " + email));
	}

	private static Set<String> set(List<String> values) {
		return values == null ? Set.of() : new LinkedHashSet<>(values);
	}

}
