package org.maillage.account;

import java.util.Arrays;
import java.util.EnumSet;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating accounts: by sign-up, by the installation page, from the environment, in
 * tests.
 */
@Service
class AccountService {

	private final UserAccountRepository users;

	private final PasswordEncoder passwords;

	AccountService(UserAccountRepository users, PasswordEncoder passwords) {
		this.users = users;
		this.passwords = passwords;
	}

	/** A confirmed account with the given roles (member in any case). */
	@Transactional
	UserRef createConfirmed(String email, String displayName, String rawPassword, Role... roles) {
		var user = new UserAccount(email, displayName, passwords.encode(rawPassword));
		var all = EnumSet.of(Role.MEMBER);
		all.addAll(Arrays.asList(roles));
		user.changeRoles(all);
		user.confirm();
		return users.saveAndFlush(user).toRef();
	}

}
