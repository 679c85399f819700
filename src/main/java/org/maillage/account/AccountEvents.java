package org.maillage.account;

/**
 * The account module's internal events, published in the write transaction and handled
 * after commit by {@link AccountMails} (through the event publication registry, so no
 * mail is lost).
 */
final class AccountEvents {

	private AccountEvents() {
	}

	/** A new account (or its owner) asks for the confirmation mail. */
	record ConfirmationRequested(long userId) {
	}

	/** Someone asked to reset the password of this existing account. */
	record PasswordResetRequested(long userId) {
	}

	/** The user asked to use a new e-mail address, to be confirmed from that address. */
	record EmailChangeRequested(long userId, String newEmail) {
	}

	/**
	 * The e-mail address changed: the old address is told, in case it was not its owner's
	 * doing.
	 */
	record EmailChanged(long userId, String oldEmail, String newEmail) {
	}

}
