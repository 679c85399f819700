package org.maillage.account;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing and mail bombing: login attempts and password-reset (or
 * confirmation-resend) requests are limited per client IP and per e-mail address.
 * <p>
 * The buckets live in this node's memory: with several nodes each one counts on its own
 * (an attacker gets at most n times the budget), and a restart forgets them. Full buckets
 * are dropped every few minutes so that memory stays bounded.
 */
@Component
class RateLimiter {

	private record Limited(Bucket bucket, long capacity) {
	}

	private final Map<String, Limited> buckets = new ConcurrentHashMap<>();

	private final int loginPerAccount;

	private final int loginPerIp;

	private final int resetPerAccount;

	private final int resetPerIp;

	private final int badTokensPerIp;

	RateLimiter(@Value("${maillage.rate-limit.login-per-account-per-minute:5}") int loginPerAccount,
			@Value("${maillage.rate-limit.login-per-ip-per-minute:20}") int loginPerIp,
			@Value("${maillage.rate-limit.reset-per-account-per-hour:3}") int resetPerAccount,
			@Value("${maillage.rate-limit.reset-per-ip-per-hour:20}") int resetPerIp,
			@Value("${maillage.rate-limit.api-bad-tokens-per-ip-per-minute:30}") int badTokensPerIp) {
		this.loginPerAccount = loginPerAccount;
		this.loginPerIp = loginPerIp;
		this.resetPerAccount = resetPerAccount;
		this.resetPerIp = resetPerIp;
		this.badTokensPerIp = badTokensPerIp;
	}

	/**
	 * One login attempt from this IP for this e-mail; false when either is over its
	 * limit.
	 */
	boolean tryLogin(String ip, String email) {
		boolean ipAllowed = tryConsume("login-ip:" + ip, loginPerIp, Duration.ofMinutes(1));
		boolean accountAllowed = email == null || email.isBlank()
				|| tryConsume("login-account:" + normalize(email), loginPerAccount, Duration.ofMinutes(1));
		return ipAllowed && accountAllowed;
	}

	/**
	 * One mail-sending request (password reset, confirmation resend) for this e-mail from
	 * this IP.
	 */
	boolean tryMailRequest(String ip, String email) {
		boolean ipAllowed = tryConsume("mail-ip:" + ip, resetPerIp, Duration.ofHours(1));
		boolean accountAllowed = email == null || email.isBlank()
				|| tryConsume("mail-account:" + normalize(email), resetPerAccount, Duration.ofHours(1));
		return ipAllowed && accountAllowed;
	}

	/** One wrong API token from this IP. */
	boolean tryBadToken(String ip) {
		return tryConsume("api-ip:" + ip, badTokensPerIp, Duration.ofMinutes(1));
	}

	/**
	 * Whether this IP may still present a token (checked before looking the token up).
	 */
	boolean badTokensExhausted(String ip) {
		var limited = buckets.get("api-ip:" + ip);
		return limited != null && limited.bucket().getAvailableTokens() <= 0;
	}

	private boolean tryConsume(String key, int capacity, Duration period) {
		return buckets
			.computeIfAbsent(key,
					k -> new Limited(Bucket.builder()
						.addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build())
						.build(), capacity))
			.bucket()
			.tryConsume(1);
	}

	@Scheduled(fixedDelay = 300_000, initialDelay = 300_000)
	void forgetFullBuckets() {
		buckets.values().removeIf(limited -> limited.bucket().getAvailableTokens() >= limited.capacity());
	}

	private static String normalize(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

}
