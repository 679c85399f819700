package org.maillage.project;

import org.maillage.directory.OrganisationSearch;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A project's partners: the pilot's admins invite organisations (found by name in the
 * directory) and change roles; an invited organisation's admins accept or decline.
 */
@Controller
class PartnerController {

	private final ProjectService projects;

	private final OrganisationSearch organisations;

	private final ProjectPermissions permissions;

	private final ProjectTexts texts;

	PartnerController(ProjectService projects, OrganisationSearch organisations, ProjectPermissions permissions,
			ProjectTexts texts) {
		this.projects = projects;
		this.organisations = organisations;
		this.permissions = permissions;
		this.texts = texts;
	}

	@GetMapping("/projets/{id}/partenaires")
	String partners(@PathVariable long id, @RequestParam(required = false) String organisation, Model model) {
		OpenProject open = projects.open(id);
		model.addAttribute("open", open);
		model.addAttribute("project", open.project());
		model.addAttribute("roles", PartnerRole.values());
		if (open.can().managePartners() && organisation != null && !organisation.isBlank()) {
			var found = organisations.find(
					new org.maillage.directory.OrganisationCriteria(organisation, null, null, null, null, null), 0, 10);
			model.addAttribute("organisation", organisation);
			model.addAttribute("candidates", found.hits());
		}
		return "project/partners";
	}

	@PostMapping("/projets/{id}/partenaires")
	String invite(@PathVariable long id, @RequestParam String organisationId, @RequestParam String role,
			RedirectAttributes redirect) {
		permissions.requireLogin();
		Long organisation = ProjectPageController.parseLong(organisationId);
		PartnerRole chosen = ProjectPageController.parse(role, PartnerRole.class);
		if (organisation == null || chosen == null) {
			redirect.addFlashAttribute("flash", texts.get("project.choice.invalid"));
			return "redirect:/projets/" + id + "/partenaires";
		}
		try {
			Partner partner = projects.invite(id, organisation, chosen);
			redirect.addFlashAttribute("flash", texts.get("project.partner.invited", partner.organisationName()));
		}
		catch (InvalidProjectField e) {
			redirect.addFlashAttribute("flash", texts.get(e.messageKey()));
		}
		return "redirect:/projets/" + id + "/partenaires";
	}

	@PostMapping("/projets/{id}/partenaires/{partnerId}/reponse")
	String answer(@PathVariable long id, @PathVariable long partnerId, @RequestParam boolean accept,
			RedirectAttributes redirect) {
		permissions.requireLogin();
		projects.answer(id, partnerId, accept);
		redirect.addFlashAttribute("flash",
				texts.get(accept ? "project.invitation.accepted" : "project.invitation.declined"));
		return "redirect:/projets/" + id + (accept ? "" : "/partenaires");
	}

	@PostMapping("/projets/{id}/partenaires/{partnerId}")
	String change(@PathVariable long id, @PathVariable long partnerId, @RequestParam String role,
			@RequestParam(required = false) String contactName, RedirectAttributes redirect) {
		permissions.requireLogin();
		PartnerRole chosen = ProjectPageController.parse(role, PartnerRole.class);
		if (chosen == null) {
			redirect.addFlashAttribute("flash", texts.get("project.partner.role.required"));
			return "redirect:/projets/" + id + "/partenaires";
		}
		try {
			projects.changePartner(id, partnerId, chosen, contactName);
			redirect.addFlashAttribute("flash", texts.get("project.partner.saved"));
		}
		catch (InvalidProjectField e) {
			redirect.addFlashAttribute("flash", texts.get(e.messageKey()));
		}
		return "redirect:/projets/" + id + "/partenaires";
	}

	@PostMapping("/projets/{id}/partenaires/{partnerId}/retirer")
	String remove(@PathVariable long id, @PathVariable long partnerId, RedirectAttributes redirect) {
		permissions.requireLogin();
		projects.removePartner(id, partnerId);
		redirect.addFlashAttribute("flash", texts.get("project.partner.removed"));
		return "redirect:/projets/" + id + "/partenaires";
	}

}
