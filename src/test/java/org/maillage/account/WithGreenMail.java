package org.maillage.account;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A real SMTP server (GreenMail) on a free port for the whole test JVM; the application
 * sends to it. Subclasses share one Spring context.
 */
abstract class WithGreenMail {

	static final GreenMail greenMail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());

	static {
		greenMail.start();
	}

	@DynamicPropertySource
	static void smtp(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> greenMail.getSmtp().getPort());
	}

	static String randomEmail() {
		return "u-" + UUID.randomUUID().toString().substring(0, 13) + "@exemple.fr";
	}

	/**
	 * Requests from their own IP, so that per-IP rate limits of other tests do not
	 * interfere.
	 */
	static RequestPostProcessor fromOwnIp() {
		String ip = "10." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250) + "."
				+ (int) (Math.random() * 250 + 1);
		return request -> {
			request.setRemoteAddr(ip);
			return request;
		};
	}

	/** Waits for the next mail to this address whose subject contains the given text. */
	static MimeMessage awaitMail(String to, String subjectPart) {
		return await().atMost(Duration.ofSeconds(20))
			.until(() -> Arrays.stream(greenMail.getReceivedMessages())
				.filter(message -> sentTo(message, to) && subject(message).contains(subjectPart))
				.reduce((first, second) -> second)
				.orElse(null), message -> message != null);
	}

	static String body(MimeMessage message) {
		return GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "=");
	}

	/** The single-use secret of the first link in a mail to this path. */
	static String secret(MimeMessage message, String path) {
		var matcher = Pattern.compile(Pattern.quote(path) + "\\?jeton=([A-Za-z0-9_-]+)").matcher(body(message));
		if (!matcher.find()) {
			throw new AssertionError("no link to " + path + " in " + body(message));
		}
		return matcher.group(1);
	}

	private static boolean sentTo(MimeMessage message, String to) {
		try {
			return Arrays.stream(message.getRecipients(Message.RecipientType.TO))
				.anyMatch(address -> address.toString().equalsIgnoreCase(to));
		}
		catch (MessagingException e) {
			return false;
		}
	}

	private static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (MessagingException e) {
			return "";
		}
	}

}
