package org.maillage.web;

import java.time.ZoneId;

import org.maillage.common.FrenchTime;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page template may use: {@code zone} to show instants in French time, and
 * {@code pageLinks} for pagination (Thymeleaf forbids bean references in links).
 */
@ControllerAdvice
class ViewAdvice {

	private final PageLinks pageLinks;

	ViewAdvice(PageLinks pageLinks) {
		this.pageLinks = pageLinks;
	}

	@ModelAttribute("pageLinks")
	PageLinks pageLinks() {
		return pageLinks;
	}

	@ModelAttribute("zone")
	ZoneId zone() {
		return FrenchTime.ZONE;
	}

}
