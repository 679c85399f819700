package org.maillage.account;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts of the demo network, created by the modules' demo loaders on a fresh instance.
 * Refuses to work unless the demo is switched on ({@code maillage.demo.enabled}).
 */
@Component
public class DemoAccounts {

	private final AccountService accounts;

	private final AccountDirectory directory;

	private final boolean enabled;

	DemoAccounts(AccountService accounts, AccountDirectory directory,
			@Value("${maillage.demo.enabled:false}") boolean enabled) {
		this.accounts = accounts;
		this.directory = directory;
		this.enabled = enabled;
	}

	/**
	 * The confirmed account with this e-mail, created with the given roles if it does not
	 * exist yet.
	 */
	@Transactional
	public UserRef ensure(String email, String displayName, String rawPassword, Role... roles) {
		if (!enabled) {
			throw new IllegalStateException("Demo accounts are only created when maillage.demo.enabled is true");
		}
		return directory.findByEmail(email)
			.orElseGet(() -> accounts.createConfirmed(email, displayName, rawPassword, roles));
	}

	/**
	 * Runs seeding work as this demo user, so that it goes through the same services and
	 * permission checks as a person would, then restores the previous authentication.
	 */
	public <T> T runAs(UserRef user, java.util.function.Supplier<T> work) {
		if (!enabled) {
			throw new IllegalStateException("Demo seeding only runs when maillage.demo.enabled is true");
		}
		return AccountPrincipal.runAs(user, work);
	}

}
