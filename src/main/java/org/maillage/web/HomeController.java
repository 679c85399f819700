package org.maillage.web;

import org.maillage.directory.OrganisationCriteria;
import org.maillage.directory.OrganisationSearch;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

	private static final int LATEST = 6;

	private final OrganisationSearch organisations;

	HomeController(OrganisationSearch organisations) {
		this.organisations = organisations;
	}

	/** The front door: search, the latest organisations of the network, the ways in. */
	@GetMapping("/")
	String home(Model model) {
		var latest = new OrganisationCriteria(null, null, null, null, null, OrganisationCriteria.SORT_RECENT);
		model.addAttribute("latest", organisations.find(latest, 0, LATEST));
		return "home";
	}

}
