package org.maillage.web;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The one pagination helper: the link to another page of the current list keeps every
 * filter of the current request and changes only {@code page}. Used by
 * {@code fragments/pagination}.
 */
@Component
public class PageLinks {

	public String forPage(int page) {
		var uri = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", page).build();
		return uri.getPath() + (uri.getQuery() == null ? "" : "?" + uri.getQuery());
	}

}
