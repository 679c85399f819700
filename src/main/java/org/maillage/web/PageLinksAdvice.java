package org.maillage.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Offers {@link PageLinks} to every page (Thymeleaf forbids bean references in links).
 */
@ControllerAdvice
class PageLinksAdvice {

	private final PageLinks pageLinks;

	PageLinksAdvice(PageLinks pageLinks) {
		this.pageLinks = pageLinks;
	}

	@ModelAttribute("pageLinks")
	PageLinks pageLinks() {
		return pageLinks;
	}

}
