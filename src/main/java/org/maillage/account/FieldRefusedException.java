package org.maillage.account;

import org.maillage.common.DomainException;

/**
 * A form value refused by a service rule; controllers show the message next to that
 * field.
 */
class FieldRefusedException extends DomainException {

	private final String field;

	FieldRefusedException(String field, String messageKey) {
		super(messageKey);
		this.field = field;
	}

	String field() {
		return field;
	}

}
