package org.maillage.project;

import org.maillage.common.DomainException;

/**
 * A value refused by a rule that a form annotation cannot express (a due date before the
 * start, an unknown territory): shown next to {@code field}.
 */
public class InvalidProjectField extends DomainException {

	private final String field;

	public InvalidProjectField(String field, String messageKey, Object... arguments) {
		super(messageKey, arguments);
		this.field = field;
	}

	public String field() {
		return field;
	}

}
