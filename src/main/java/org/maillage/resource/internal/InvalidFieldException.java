package org.maillage.resource.internal;

import org.maillage.common.DomainException;

/** A value refused by a rule of the resource centre, shown next to its field. */
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
