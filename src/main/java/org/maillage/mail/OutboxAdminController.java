package org.maillage.mail;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** {@code /admin/courriels}: every mail the platform sent or kept, newest first. */
@Controller
class OutboxAdminController {

	private final OutboxAdminService outbox;

	OutboxAdminController(OutboxAdminService outbox) {
		this.outbox = outbox;
	}

	@GetMapping("/admin/courriels")
	String list(@RequestParam(name = "page", defaultValue = "0") int page, Model model) {
		model.addAttribute("mails", outbox.list(page));
		return "mail/outbox";
	}

	@GetMapping("/admin/courriels/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("mail", outbox.get(id));
		return "mail/outbox-mail";
	}

}
