package org.maillage.account;

/**
 * Implemented as a bean by every module that keeps personal data about a user, so that
 * the user can export it and delete their account without leaving anything behind.
 */
public interface PersonalDataContributor {

	/** Name of this module's section in the export, e.g. {@code "directory"}. */
	String section();

	/**
	 * The user's data held by this module, as JSON-serialisable records, lists and maps.
	 */
	Object export(long userId);

	/**
	 * Removes or anonymises everything this module holds about the user. Called inside
	 * the account-deletion transaction, before the user row is deleted: must leave
	 * nothing pointing to it.
	 */
	void erase(long userId);

}
