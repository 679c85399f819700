package org.maillage.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.maillage.resource.ResourceTestSupport.unique;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.maillage.account.Role;
import org.maillage.account.TestAccounts;
import org.maillage.account.UserRef;
import org.maillage.common.ForbiddenException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A learner follows a training path: enrols, reads, answers quizzes (explanations after
 * answering, a pass mark), completes it and downloads the certificate; animators see
 * anonymous figures.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TrainingPathTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	PathService paths;

	long path(UserRef animator, String title) {
		var tools = List.of(
				new QuizQuestion("À quoi sert une matrice qui-fait-quoi ?", false,
						List.of("À répartir les rôles", "À payer les factures"), Set.of(0),
						"Elle clarifie qui fait quoi entre partenaires."),
				new QuizQuestion("Qui siège au comité de pilotage ?", true,
						List.of("Les financeurs", "Les partenaires", "Personne"), Set.of(0, 1),
						"Financeurs et partenaires pilotent ensemble."));
		var modules = List.of(
				new PathCommand.ModuleCommand("Pourquoi coopérer", "Lire **attentivement**.", null, null, List.of()),
				new PathCommand.ModuleCommand("Les outils", "La matrice qui fait quoi.", "https://video.example/1",
						null, tools));
		return TestAccounts.callAs(animator, () -> paths.create(new PathCommand(title, "Se lancer", 60, modules))).id();
	}

	@Test
	void only_animators_create_paths_and_see_statistics() throws Exception {
		var member = TestAccounts.create(context);
		assertThatThrownBy(() -> TestAccounts.callAs(member,
				() -> paths.create(new PathCommand("X", null, 50,
						List.of(new PathCommand.ModuleCommand("M", null, null, null, List.of()))))))
			.isInstanceOf(ForbiddenException.class);
		mvc.perform(post("/api/v1/paths").contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"x\"}"))
			.andExpect(status().isUnauthorized());
		long id = path(TestAccounts.create(context, Role.ANIMATOR), unique("Parcours"));
		assertThat(context.getBean(PathSearchSource.class).entry(String.valueOf(id))).get()
			.satisfies(entry -> assertThat(entry.text()).doesNotContain("Elle clarifie"));
		mvc.perform(get("/parcours/" + id + "/statistiques").with(TestAccounts.as(member)))
			.andExpect(status().isForbidden());
		mvc.perform(post("/parcours/" + id + "/inscription").with(csrf()))
			.andExpect(header().string("Location", Matchers.endsWith("/connexion")));
	}

	@Test
	void a_learner_completes_the_path_with_a_quiz_and_gets_a_certificate() throws Exception {
		var animator = TestAccounts.create(context, Role.ANIMATOR);
		String title = unique("Coopérer entre structures");
		long id = path(animator, title);
		var learner = TestAccounts.create(context);

		mvc.perform(get("/parcours/" + id + "/certificat.pdf").with(TestAccounts.as(learner)))
			.andExpect(status().isNotFound());
		mvc.perform(post("/parcours/" + id + "/modules/2").with(TestAccounts.as(learner))
			.with(csrf())
			.param("q0", "0")
			.param("q1", "0")).andExpect(status().isForbidden());
		mvc.perform(post("/parcours/" + id + "/inscription").with(TestAccounts.as(learner)).with(csrf()))
			.andExpect(header().string("Location", "/parcours/" + id + "/modules/1"));
		mvc.perform(get("/parcours/" + id + "/modules/1").with(TestAccounts.as(learner)))
			.andExpect(content().string(Matchers.containsString("<strong>attentivement</strong>")));
		mvc.perform(post("/parcours/" + id + "/modules/1/terminer").with(TestAccounts.as(learner)).with(csrf()))
			.andExpect(header().string("Location", "/parcours/" + id + "/modules/2"));

		mvc.perform(post("/parcours/" + id + "/modules/2").with(TestAccounts.as(learner)).with(csrf()).param("q0", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Répondez à cette question.")));
		mvc.perform(post("/parcours/" + id + "/modules/2").with(TestAccounts.as(learner))
			.with(csrf())
			.param("q0", "1")
			.param("q1", "0"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Score : 0 %")))
			.andExpect(content().string(Matchers.containsString("Elle clarifie qui fait quoi")))
			.andExpect(content().string(Matchers.containsString("Réponse attendue : À répartir les rôles")));
		mvc.perform(get("/parcours/" + id).with(TestAccounts.as(learner)))
			.andExpect(content().string(Matchers.containsString("Modules terminés : 1 sur 2")));
		mvc.perform(post("/parcours/" + id + "/modules/2").with(TestAccounts.as(learner))
			.with(csrf())
			.param("q0", "0")
			.param("q1", "0", "1")).andExpect(content().string(Matchers.containsString("Quiz réussi : 100 %")));
		mvc.perform(get("/parcours/" + id).with(TestAccounts.as(learner)))
			.andExpect(content().string(Matchers.containsString("Parcours terminé")));

		byte[] pdf = mvc.perform(get("/parcours/" + id + "/certificat.pdf").with(TestAccounts.as(learner)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(KitTests.text(pdf)).contains("Certificat de réussite")
			.contains(learner.displayName())
			.contains(title)
			.contains("100 %");

		mvc.perform(get("/parcours/" + id + "/statistiques").with(TestAccounts.as(animator)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("<dd id=\"enrolled\">1</dd>")))
			.andExpect(content().string(Matchers.containsString("<dd id=\"completed\">1</dd>")))
			.andExpect(content().string(Matchers.not(Matchers.containsString(learner.displayName()))));
	}

	@Test
	void an_animator_writes_a_path_with_a_text_quiz_through_the_form() throws Exception {
		var member = TestAccounts.create(context);
		mvc.perform(get("/parcours/nouveau").with(TestAccounts.as(member))).andExpect(status().isForbidden());
		mvc.perform(post("/parcours/nouveau").with(csrf()).param("title", "x"))
			.andExpect(header().string("Location", Matchers.endsWith("/connexion")));
		var animator = TestAccounts.create(context, Role.ANIMATOR);
		mvc.perform(get("/parcours/nouveau").with(TestAccounts.as(animator))).andExpect(status().isOk());
		mvc.perform(post("/parcours/nouveau").with(TestAccounts.as(animator))
			.with(csrf())
			.param("title", "Parcours formulaire")
			.param("passMark", "cent")
			.param("modules[0].title", "Premier module")
			.param("modules[0].quiz", "? Question\n+ Oui\nNon"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Indiquez un nombre entier.")))
			.andExpect(content().string(Matchers.containsString("value=\"Premier module\"")));
		mvc.perform(post("/parcours/nouveau").with(TestAccounts.as(animator))
			.with(csrf())
			.param("title", "Parcours formulaire")
			.param("passMark", "80")
			.param("modules[0].title", "Premier module")
			.param("modules[0].quiz", "? Question\n+ Oui\nNon"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Ligne 3 : commencez par")));
		String title = unique("Parcours formulaire");
		mvc.perform(post("/parcours/nouveau").with(TestAccounts.as(animator))
			.with(csrf())
			.param("title", title)
			.param("passMark", "80")
			.param("modules[0].title", "Premier module")
			.param("modules[0].content", "Lire la fiche.")
			.param("modules[1].title", "Deuxième module")
			.param("modules[1].quiz", "? Question\n+ Oui\n- Non\n> Parce que.")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/parcours")).andExpect(content().string(Matchers.containsString(title)));
	}

	@Test
	void the_api_hides_the_answers_and_grades_quizzes() throws Exception {
		long id = path(TestAccounts.create(context, Role.ANIMATOR), unique("Parcours API"));
		mvc.perform(get("/api/v1/paths/" + id))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.modules[1].quiz[0].choices[0]").value("À répartir les rôles"))
			.andExpect(content().string(Matchers.not(Matchers.containsString("correct"))))
			.andExpect(content().string(Matchers.not(Matchers.containsString("Elle clarifie"))));
		var learner = TestAccounts.create(context);
		mvc.perform(post("/api/v1/paths/" + id + "/enrolment").with(TestAccounts.as(learner)))
			.andExpect(status().isOk());
		mvc.perform(post("/api/v1/paths/" + id + "/modules/2/answers").with(TestAccounts.as(learner))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"answers\":[[0],[1]]}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.score").value(50))
			.andExpect(jsonPath("$.passed").value(false));
		mvc.perform(post("/api/v1/paths/" + id + "/modules/2/answers").with(TestAccounts.as(learner))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"answers\":[[0]]}")).andExpect(status().isUnprocessableContent());
	}

	@Test
	void the_creator_edits_the_path_and_learners_keep_their_progress_on_the_modules_kept() throws Exception {
		var animator = TestAccounts.create(context, Role.ANIMATOR);
		long id = path(animator, unique("Parcours à revoir"));
		var learner = TestAccounts.create(context);
		mvc.perform(post("/parcours/" + id + "/inscription").with(TestAccounts.as(learner)).with(csrf()));
		mvc.perform(post("/parcours/" + id + "/modules/1/terminer").with(TestAccounts.as(learner)).with(csrf()))
			.andExpect(status().is3xxRedirection());

		mvc.perform(get("/parcours/" + id).with(TestAccounts.as(animator)))
			.andExpect(content().string(Matchers.containsString("href=\"/parcours/" + id + "/modifier\"")));
		mvc.perform(get("/parcours/" + id).with(TestAccounts.as(learner)))
			.andExpect(content().string(Matchers.not(Matchers.containsString("/modifier"))));
		mvc.perform(get("/parcours/" + id + "/modifier").with(TestAccounts.as(animator)))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("value=\"Pourquoi coopérer\"")))
			.andExpect(content().string(Matchers.containsString("? À quoi sert une matrice qui-fait-quoi ?")))
			.andExpect(content().string(Matchers.containsString("name=\"modules[1].number\" value=\"2\"")))
			.andExpect(content().string(Matchers.containsString("name=\"version\" value=\"0\"")));

		long guide = ResourceTestSupport.published(mvc, TestAccounts.create(context), animator,
				unique("Guide de la coopération"), "PUBLIC");
		String title = unique("Parcours revu");
		// a new module first, then the tools (formerly 2), then the old first module
		mvc.perform(post("/parcours/" + id + "/modifier").with(TestAccounts.as(animator))
			.with(csrf())
			.param("version", "0")
			.param("title", title)
			.param("summary", "Revu et complété")
			.param("passMark", "80")
			.param("modules[0].title", "Accueil")
			.param("modules[0].content", "Bienvenue.")
			.param("modules[0].resource", "/ressources/" + guide)
			.param("modules[1].number", "2")
			.param("modules[1].title", "Les outils")
			.param("modules[1].quiz", "? Question\n+ Oui\n- Non\n> Parce que.")
			.param("modules[2].number", "1")
			.param("modules[2].title", "Pourquoi coopérer, vraiment")
			.param("modules[3].number", "9")).andExpect(header().string("Location", "/parcours/" + id));

		TrainingPath edited = paths.get(id);
		assertThat(edited.title()).isEqualTo(title);
		assertThat(edited.passMark()).isEqualTo(80);
		assertThat(edited.modules()).extracting(TrainingPath.Module::title)
			.containsExactly("Accueil", "Les outils", "Pourquoi coopérer, vraiment");
		assertThat(edited.modules().get(0).resourceId()).isEqualTo(guide);
		assertThat(edited.modules().get(1).quiz()).singleElement()
			.satisfies(q -> assertThat(q.explanation()).isEqualTo("Parce que."));
		assertThat(TestAccounts.callAs(learner, () -> paths.enrolment(id)).orElseThrow().progress().keySet())
			.containsExactly(3);
		mvc.perform(get("/parcours/" + id).with(TestAccounts.as(learner)))
			.andExpect(content().string(Matchers.containsString("Modules terminés : 1 sur 3")));

		// another animator may edit it too, through the API: the old first module goes
		mvc.perform(put("/api/v1/paths/" + id).with(TestAccounts.as(TestAccounts.create(context, Role.ANIMATOR)))
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"title":"%s","passMark":80,"version":%d,"modules":[
					 {"number":2,"title":"Les outils","quiz":[{"prompt":"Question","multiple":false,
					   "choices":["Oui","Non"],"correct":[0],"explanation":"Parce que."}]},
					 {"title":"Conclure","content":"Un **mot** de la fin."}]}
					""".formatted(title, edited.version())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.modules[1].title").value("Conclure"))
			.andExpect(jsonPath("$.version").value(edited.version() + 1));
		assertThat(TestAccounts.callAs(learner, () -> paths.enrolment(id)).orElseThrow().progress()).isEmpty();
	}

	@Test
	void a_learner_or_another_member_may_not_edit_a_path() throws Exception {
		long id = path(TestAccounts.create(context, Role.ANIMATOR), unique("Parcours protégé"));
		var learner = TestAccounts.create(context);
		mvc.perform(post("/parcours/" + id + "/inscription").with(TestAccounts.as(learner)).with(csrf()));
		for (var member : List.of(learner, TestAccounts.create(context))) {
			mvc.perform(get("/parcours/" + id + "/modifier").with(TestAccounts.as(member)))
				.andExpect(status().isForbidden());
			mvc.perform(post("/parcours/" + id + "/modifier").with(TestAccounts.as(member))
				.with(csrf())
				.param("version", "0")
				.param("title", "Détourné")
				.param("passMark", "10")
				.param("modules[0].title", "Module")).andExpect(status().isForbidden());
			mvc.perform(put("/api/v1/paths/" + id).with(TestAccounts.as(member))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"title\":\"Détourné\",\"version\":0,\"modules\":[{\"title\":\"M\"}]}"))
				.andExpect(status().isForbidden());
		}
		mvc.perform(post("/parcours/" + id + "/modifier").with(csrf()).param("title", "x"))
			.andExpect(header().string("Location", Matchers.endsWith("/connexion")));
		mvc.perform(put("/api/v1/paths/" + id).contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"x\",\"modules\":[]}")).andExpect(status().isUnauthorized());
		assertThat(paths.get(id).title()).startsWith("Parcours protégé");
	}

	@Test
	void a_save_from_an_outdated_version_shows_both_versions_and_writes_nothing() throws Exception {
		var animator = TestAccounts.create(context, Role.ANIMATOR);
		long id = path(animator, unique("Parcours disputé"));
		mvc.perform(post("/parcours/" + id + "/modifier").with(TestAccounts.as(animator))
			.with(csrf())
			.param("version", "0")
			.param("title", "Version de Léa")
			.param("passMark", "60")
			.param("modules[0].number", "1")
			.param("modules[0].title", "Pourquoi coopérer")).andExpect(status().is3xxRedirection());
		String page = mvc
			.perform(post("/parcours/" + id + "/modifier").with(TestAccounts.as(animator))
				.with(csrf())
				.param("version", "0")
				.param("title", "Version de Nora")
				.param("passMark", "60")
				.param("modules[0].number", "1")
				.param("modules[0].title", "Pourquoi coopérer"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString("Parcours modifié entre-temps")))
			.andExpect(content().string(Matchers.containsString("<td class=\"stored\">Version de Léa</td>")))
			.andExpect(content().string(Matchers.containsString("value=\"Version de Nora\"")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(paths.get(id).title()).isEqualTo("Version de Léa");
		String current = page.replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
		assertThat(current).isEqualTo(String.valueOf(paths.get(id).version()));
		mvc.perform(put("/api/v1/paths/" + id).with(TestAccounts.as(animator))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"Version API\",\"version\":0,\"modules\":[{\"title\":\"M\"}]}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.current.title").value("Version de Léa"));
		mvc.perform(post("/parcours/" + id + "/modifier").with(TestAccounts.as(animator))
			.with(csrf())
			.param("version", current)
			.param("title", "Version de Nora")
			.param("passMark", "60")
			.param("modules[0].number", "1")
			.param("modules[0].title", "Pourquoi coopérer")).andExpect(status().is3xxRedirection());
		assertThat(paths.get(id).title()).isEqualTo("Version de Nora");
	}

	@Test
	void bad_input_is_explained_next_to_its_field_with_the_input_kept() throws Exception {
		var animator = TestAccounts.create(context, Role.ANIMATOR);
		long id = path(animator, unique("Parcours à corriger"));
		mvc.perform(post("/parcours/" + id + "/modifier").with(TestAccounts.as(animator))
			.with(csrf())
			.param("version", "0")
			.param("title", "")
			.param("passMark", "140")
			.param("modules[0].number", "1")
			.param("modules[0].title", "Module gardé"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(Matchers.containsString("<p class=\"field-error\" id=\"title-error\">Indiquez un titre.</p>")))
			.andExpect(content().string(Matchers.containsString(
					"<p class=\"field-error\" id=\"passMark-error\">Le seuil de réussite est un pourcentage entre 0 et 100.</p>")))
			.andExpect(content().string(Matchers.containsString("value=\"140\"")))
			.andExpect(content().string(Matchers.containsString("value=\"Module gardé\"")));
		mvc.perform(post("/parcours/" + id + "/modifier").with(TestAccounts.as(animator))
			.with(csrf())
			.param("version", "0")
			.param("title", "Parcours corrigé")
			.param("passMark", "50")
			.param("modules[0].number", "1")
			.param("modules[0].title", "Module gardé")
			.param("modules[1].title", "")
			.param("modules[1].content", "Un module sans titre")
			.param("modules[2].title", "Lien douteux")
			.param("modules[2].resource", "la fiche matrice"))
			.andExpect(status().isOk())
			.andExpect(content().string(Matchers.containsString(
					"id=\"modules-2.resource-error\">Indiquez le numéro ou l&#39;adresse d&#39;une ressource")));
		mvc.perform(post("/parcours/" + id + "/modifier").with(TestAccounts.as(animator))
			.with(csrf())
			.param("version", "0")
			.param("title", "Parcours corrigé")
			.param("passMark", "50")
			.param("modules[0].number", "1")
			.param("modules[0].title", "Module gardé")
			.param("modules[3].content", "Un module sans titre")
			.param("modules[4].title", "Brouillon lié")
			.param("modules[4].resource", "999999999"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(Matchers.containsString("id=\"modules-3.title-error\">Chaque module a un titre.</p>")))
			.andExpect(content().string(Matchers.containsString("Un module sans titre")));
		mvc.perform(put("/api/v1/paths/" + id).with(TestAccounts.as(animator))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"\",\"passMark\":140,\"version\":0,\"modules\":[{\"title\":\"M\"}]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.title").value("Indiquez un titre."))
			.andExpect(jsonPath("$.errors.passMark").value("Le seuil de réussite est un pourcentage entre 0 et 100."));
		mvc.perform(put("/api/v1/paths/" + id).with(TestAccounts.as(animator))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"T\",\"version\":0,\"modules\":[{\"title\":\"M\",\"resourceId\":999999999}]}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.detail").value("Cette ressource n'existe pas ou n'est pas publiée."));
		assertThat(paths.get(id).version()).isZero();
	}

	@Test
	void progress_follows_renumbered_modules_and_completion_is_never_taken_back() {
		var now = java.time.Instant.now();
		var enrolment = new Enrolment(1, 2, "Léa", now);
		enrolment.complete(1, null, 3, now);
		enrolment.complete(2, 80, 3, now);
		// module 3 removed, 1 and 2 swapped: what remains is all done
		enrolment.renumber(java.util.Map.of(1, 2, 2, 1), 2, now);
		assertThat(enrolment.progress().keySet()).containsExactlyInAnyOrder(1, 2);
		assertThat(enrolment.progress().get(1).score()).isEqualTo(80);
		assertThat(enrolment.isCompleted()).isTrue();
		// a new module added: the certificate earned stays earned
		enrolment.renumber(java.util.Map.of(1, 1, 2, 2), 3, now);
		assertThat(enrolment.isCompleted()).isTrue();
		assertThat(enrolment.isDone(3)).isFalse();
	}

}
