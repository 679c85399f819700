package org.maillage.common;

/**
 * The current user may not do this: thrown by services, where permissions are checked.
 */
public class ForbiddenException extends DomainException {

	public ForbiddenException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

	public ForbiddenException() {
		this("error.forbidden");
	}

}
