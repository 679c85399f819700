package org.maillage.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class PageLinksTests {

	@AfterEach
	void clear() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void another_page_keeps_every_filter_and_changes_only_the_page() {
		var request = new MockHttpServletRequest("GET", "/annuaire");
		request.setQueryString("q=coop%C3%A9ration&theme=ess&theme=culture&page=2");
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
		String link = new PageLinks().forPage(3);
		assertThat(link).startsWith("/annuaire?")
			.contains("q=coop%C3%A9ration", "theme=ess", "theme=culture", "page=3")
			.doesNotContain("page=2");
	}

	@Test
	void a_list_without_parameters_gets_just_the_page() {
		RequestContextHolder
			.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest("GET", "/admin/courriels")));
		assertThat(new PageLinks().forPage(1)).isEqualTo("/admin/courriels?page=1");
	}

}
