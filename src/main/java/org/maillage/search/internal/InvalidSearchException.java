package org.maillage.search.internal;

import org.maillage.common.DomainException;

/** A search the API cannot run: an unknown kind of item. */
class InvalidSearchException extends DomainException {

	InvalidSearchException(String messageKey, Object... arguments) {
		super(messageKey, arguments);
	}

}
