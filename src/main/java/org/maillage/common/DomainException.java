package org.maillage.common;

/**
 * A rule of the domain refused an operation. Carries a message key (resolved in
 * {@code messages/*_fr.properties}) so that pages and the API can explain it in the
 * user's language.
 */
public class DomainException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	public DomainException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments;
	}

}
