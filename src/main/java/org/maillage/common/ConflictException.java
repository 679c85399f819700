package org.maillage.common;

/**
 * Someone else changed the same thing in the meantime (optimistic locking). Carries the
 * version currently stored so that the user can be shown both versions, never a silent
 * overwrite.
 */
public class ConflictException extends DomainException {

	private final transient Object current;

	public ConflictException(Object current) {
		super("error.conflict");
		this.current = current;
	}

	public Object current() {
		return current;
	}

}
