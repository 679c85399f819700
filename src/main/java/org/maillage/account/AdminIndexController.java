package org.maillage.account;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The instance administration's index: links to the admin pages of every module. */
@Controller
class AdminIndexController {

	@GetMapping("/admin")
	String index() {
		return "admin/index";
	}

}
