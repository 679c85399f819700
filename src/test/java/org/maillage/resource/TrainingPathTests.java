package org.maillage.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.maillage.resource.ResourceTestSupport.unique;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
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

}
