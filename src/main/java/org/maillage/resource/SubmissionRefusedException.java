package org.maillage.resource;

import org.maillage.common.DomainException;

/**
 * A step of the review refused by the resource's state (not a draft, not in review, a
 * template without its file...).
 */
public class SubmissionRefusedException extends DomainException {

	public SubmissionRefusedException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
