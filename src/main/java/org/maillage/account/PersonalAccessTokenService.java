package org.maillage.account;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.maillage.common.ForbiddenException;
import org.maillage.common.NotFoundException;
import org.maillage.common.FrenchTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, listing and revoking one's personal access tokens, and authenticating API
 * calls by them.
 */
@Service
class PersonalAccessTokenService {

	/** A token's value, shown once, with what is listed about it. */
	record CreatedToken(String value, TokenView token) {
	}

	record TokenView(long id, String name, Instant createdAt, Instant lastUsedAt, Instant expiresAt, boolean revoked,
			boolean expired) {

		static TokenView of(PersonalAccessToken token) {
			return new TokenView(token.id(), token.name(), token.createdAt(), token.lastUsedAt(), token.expiresAt(),
					token.revoked(), token.expired());
		}

	}

	private final PersonalAccessTokenRepository tokens;

	private final UserAccountRepository users;

	private final CurrentUser currentUser;

	PersonalAccessTokenService(PersonalAccessTokenRepository tokens, UserAccountRepository users,
			CurrentUser currentUser) {
		this.tokens = tokens;
		this.users = users;
		this.currentUser = currentUser;
	}

	/**
	 * A new token for the current user, valid until the end of {@code expiresOn} (Paris
	 * time) if given.
	 */
	@Transactional
	CreatedToken create(String name, LocalDate expiresOn) {
		var user = currentUser.require();
		if (expiresOn != null && expiresOn.isBefore(LocalDate.now(FrenchTime.ZONE))) {
			throw new org.maillage.common.DomainException("account.tokens.expiry.past");
		}
		String value = PersonalAccessToken.PREFIX + Secrets.random(32);
		Instant expiresAt = expiresOn == null ? null : expiresOn.plusDays(1).atStartOfDay(FrenchTime.ZONE).toInstant();
		var token = tokens.save(new PersonalAccessToken(user.id(), name, Secrets.sha256(value), expiresAt));
		return new CreatedToken(value, TokenView.of(token));
	}

	@Transactional(readOnly = true)
	List<TokenView> mine() {
		var user = currentUser.require();
		return tokens.findByUserIdOrderByCreatedAtDescIdDesc(user.id()).stream().map(TokenView::of).toList();
	}

	/** Revokes one of the current user's tokens; someone else's token is refused. */
	@Transactional
	void revoke(long tokenId) {
		var user = currentUser.require();
		var token = tokens.findById(tokenId).orElseThrow(NotFoundException::new);
		if (token.userId() != user.id()) {
			throw new ForbiddenException();
		}
		token.revoke();
	}

	/** The account behind a token value, if the token and the account are both usable. */
	@Transactional
	Optional<AccountPrincipal> authenticate(String value) {
		if (value == null || !value.startsWith(PersonalAccessToken.PREFIX) || value.length() > 200) {
			return Optional.empty();
		}
		Instant now = Instant.now();
		return tokens.findByTokenHash(Secrets.sha256(value))
			.filter(token -> token.usableAt(now))
			.flatMap(token -> users.findById(token.userId()).filter(u -> u.enabled() && u.confirmed()).map(user -> {
				tokens.touch(token.id(), now, now.minus(Duration.ofMinutes(1)));
				var principal = AccountPrincipal.of(user);
				principal.eraseCredentials();
				return principal;
			}));
	}

}
