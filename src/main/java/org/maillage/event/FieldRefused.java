package org.maillage.event;

import org.maillage.common.DomainException;

/**
 * A registration refused because of one field (an e-mail already registered, a required
 * answer missing); pages show the message next to that field.
 */
public class FieldRefused extends DomainException {

	private final String field;

	public FieldRefused(String field, String messageKey, Object... arguments) {
		super(messageKey, arguments);
		this.field = field;
	}

	public String field() {
		return field;
	}

}
