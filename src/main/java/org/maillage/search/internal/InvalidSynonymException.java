package org.maillage.search.internal;

import org.maillage.common.DomainException;

/** A synonym group that cannot be kept: fewer than two terms, or a term too long. */
class InvalidSynonymException extends DomainException {

	InvalidSynonymException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
