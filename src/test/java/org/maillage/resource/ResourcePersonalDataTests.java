package org.maillage.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maillage.resource.ResourceTestSupport.createToolSheet;
import static org.maillage.resource.ResourceTestSupport.published;
import static org.maillage.resource.ResourceTestSupport.unique;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.maillage.account.Role;
import org.maillage.account.TestAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/** A member's resource-centre data is exported, and erased without losing the commons. */
@SpringBootTest
@AutoConfigureMockMvc
class ResourcePersonalDataTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	ResourcePersonalData personalData;

	@Autowired
	ResourceRepository resources;

	@Test
	void erasing_a_member_deletes_drafts_and_signs_published_resources_as_a_former_member() throws Exception {
		var author = TestAccounts.create(context);
		var animator = TestAccounts.create(context, Role.ANIMATOR);
		long publishedId = published(mvc, author, animator, unique("Convention"), "PUBLIC");
		long draftId = createToolSheet(mvc, author, unique("Brouillon"), "PUBLIC");

		@SuppressWarnings("unchecked")
		var export = (Map<String, Object>) personalData.export(author.id());
		assertThat(export.get("resources").toString()).contains("Convention").contains("Brouillon");

		personalData.erase(author.id());
		assertThat(resources.findById(draftId)).isEmpty();
		assertThat(resources.findById(publishedId)).get().satisfies(r -> {
			assertThat(r.authorName()).isEqualTo("Ancien membre");
			assertThat(r.authorId()).isZero();
		});
		@SuppressWarnings("unchecked")
		var after = (Map<String, Object>) personalData.export(author.id());
		assertThat(after.get("resources").toString()).isEqualTo("[]");
	}

}
