package org.maillage.account;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Looks users up for other modules (members of an organisation, authors, participants).
 */
@Component
@Transactional(readOnly = true)
public class AccountDirectory {

	private final UserAccountRepository users;

	AccountDirectory(UserAccountRepository users) {
		this.users = users;
	}

	public Optional<UserRef> findById(long id) {
		return users.findById(id).map(UserAccount::toRef);
	}

	/** By e-mail, ignoring case and surrounding spaces. */
	public Optional<UserRef> findByEmail(String email) {
		if (email == null || email.isBlank()) {
			return Optional.empty();
		}
		return users.findByEmail(UserAccount.normalizeEmail(email)).map(UserAccount::toRef);
	}

}
