package org.maillage.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Issues and checks the single-use secrets of the links sent by e-mail. */
@Component
class OneTimeLinks {

	private final AccountTokenRepository tokens;

	OneTimeLinks(AccountTokenRepository tokens) {
		this.tokens = tokens;
	}

	/**
	 * A new secret for this user and purpose (older unused ones are retired); returns the
	 * raw secret.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	String issue(long userId, AccountToken.Purpose purpose, String newEmail) {
		tokens.retire(userId, purpose, Instant.now());
		String secret = Secrets.random(32);
		tokens.save(new AccountToken(userId, purpose, Secrets.sha256(secret), newEmail));
		return secret;
	}

	/** The token behind a secret, whatever its state (used, expired). */
	Optional<AccountToken> find(String secret, AccountToken.Purpose purpose) {
		if (secret == null || secret.isBlank() || secret.length() > 100) {
			return Optional.empty();
		}
		return tokens.findByTokenHashAndPurpose(Secrets.sha256(secret.strip()), purpose);
	}

	/** The token behind a secret if it can still be used. */
	Optional<AccountToken> findUsable(String secret, AccountToken.Purpose purpose) {
		return find(secret, purpose).filter(AccountToken::usable);
	}

	/**
	 * Expired links are kept a week (to tell "expired" from "unknown"), then forgotten.
	 */
	@Scheduled(cron = "0 17 3 * * *")
	@SchedulerLock(name = "account-links-cleanup", lockAtMostFor = "PT10M")
	@Transactional
	public void forgetOldLinks() {
		tokens.deleteExpiredBefore(Instant.now().minus(Duration.ofDays(7)));
	}

}
