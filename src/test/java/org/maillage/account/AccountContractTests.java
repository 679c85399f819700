package org.maillage.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The public contract other modules code against: TestAccounts, CurrentUser,
 * AccountDirectory.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AccountContractTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	AccountDirectory directory;

	@Autowired
	MockMvc mvc;

	@Test
	void a_test_account_is_a_confirmed_member_found_by_id_and_email() {
		var admin = TestAccounts.create(context, Role.ADMIN);
		assertThat(admin.roles()).containsExactlyInAnyOrder(Role.MEMBER, Role.ADMIN);
		assertThat(admin.isAdmin()).isTrue();
		assertThat(admin.isAnimator()).isTrue();
		assertThat(directory.findById(admin.id())).contains(admin);
		assertThat(directory.findByEmail(" " + admin.email().toUpperCase() + " ")).contains(admin);
	}

	@Test
	void an_admin_reaches_the_admin_area_and_a_member_does_not() throws Exception {
		var member = TestAccounts.create(context);
		var admin = TestAccounts.create(context, Role.ADMIN);
		mvc.perform(get("/compte").with(TestAccounts.as(member))).andExpect(status().isOk());
		mvc.perform(get("/admin").with(TestAccounts.as(member))).andExpect(status().isForbidden());
		mvc.perform(get("/admin").with(TestAccounts.as(admin))).andExpect(status().isOk());
		mvc.perform(post("/deconnexion").with(TestAccounts.as(member)).with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

}
