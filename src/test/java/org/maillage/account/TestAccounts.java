package org.maillage.account;

import java.util.UUID;

import org.springframework.context.ApplicationContext;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Test support for every module: creates confirmed users and logs MockMvc requests in as
 * them. Not a bean; usable from any Spring test context.
 */
public final class TestAccounts {

	/** The password of every account created here. */
	public static final String PASSWORD = "motdepasse-secret-1";

	private TestAccounts() {
	}

	/** A fresh confirmed user with a random e-mail, member plus the given roles. */
	public static UserRef create(ApplicationContext context, Role... roles) {
		String suffix = UUID.randomUUID().toString().substring(0, 12);
		return context.getBean(AccountService.class)
			.createConfirmed("test-" + suffix + "@example.org", "Testeur " + suffix, PASSWORD, roles);
	}

	/**
	 * Authenticates a MockMvc request as this user (add {@code csrf()} separately for
	 * forms).
	 */
	public static RequestPostProcessor as(UserRef user) {
		return SecurityMockMvcRequestPostProcessors.user(AccountPrincipal.of(user));
	}

	/**
	 * Runs service calls as this user (outside MockMvc), then restores the previous
	 * authentication.
	 */
	public static <T> T callAs(UserRef user, java.util.function.Supplier<T> action) {
		return AccountPrincipal.runAs(user, action);
	}

}
