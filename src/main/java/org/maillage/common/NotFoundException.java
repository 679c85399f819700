package org.maillage.common;

/**
 * What was asked for does not exist (or is not visible to the asker): a 404, never a 500.
 */
public class NotFoundException extends DomainException {

	public NotFoundException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

	public NotFoundException() {
		this("error.notFound");
	}

}
