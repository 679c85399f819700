package org.maillage.directory.internal;

import org.maillage.common.DomainException;

/**
 * A value refused by a rule that Bean Validation cannot check alone (an unknown
 * territory...).
 */
public class InvalidFieldException extends DomainException {

	private final String field;

	public InvalidFieldException(String field, String messageKey, Object... arguments) {
		super(messageKey, arguments);
		this.field = field;
	}

	public String field() {
		return field;
	}

}
