package org.maillage.directory;

import java.io.IOException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.maillage.common.Markdown;
import org.maillage.common.NotFoundException;
import org.maillage.directory.internal.InvalidFieldException;
import org.maillage.territory.TerritoryService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tools.jackson.databind.json.JsonMapper;

/**
 * An organisation's page (with schema.org JSON-LD and OpenGraph), its logo, and what
 * members do there: invite, change roles, remove, leave, claim.
 */
@Controller
class OrganisationPageController {

	private final OrganisationService organisations;

	private final MembershipService memberships;

	private final TerritoryService territories;

	private final MessageSource messages;

	private final String baseUrl;

	private final List<OrganisationHighlights> highlights;

	private final JsonMapper json = JsonMapper.builder().build();

	OrganisationPageController(OrganisationService organisations, MembershipService memberships,
			TerritoryService territories, MessageSource messages, List<OrganisationHighlights> highlights,
			@Value("${maillage.base-url:http://localhost:8080}") String baseUrl) {
		this.highlights = highlights;
		this.organisations = organisations;
		this.memberships = memberships;
		this.territories = territories;
		this.messages = messages;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	@GetMapping("/annuaire/organisations/{id}")
	String page(@PathVariable long id, Model model) {
		Organisation organisation = organisations.get(id);
		boolean canEdit = organisations.canEdit(id);
		model.addAttribute("organisation", organisation);
		model.addAttribute("descriptionHtml", Markdown.toSafeHtml(organisation.longDescription()));
		model.addAttribute("commune", territories.find(organisation.communeId()).orElse(null));
		model.addAttribute("actionTerritories", territories.findAll(organisation.territoryIds()).values());
		model.addAttribute("members", memberships.visibleMembers(id));
		model.addAttribute("canEdit", canEdit);
		model.addAttribute("highlights",
				this.highlights.stream()
					.flatMap((source) -> source.forOrganisation(id).stream())
					.filter((highlight) -> !highlight.items().isEmpty())
					.sorted(Comparator.comparingInt(OrganisationHighlights.Highlight::order))
					.toList());
		model.addAttribute("isMember", memberships.isMember(id));
		if (canEdit) {
			model.addAttribute("allMembers", memberships.allMembers(id));
			model.addAttribute("invitations", memberships.pendingInvitations(id));
		}
		model.addAttribute("url", baseUrl + "/annuaire/organisations/" + id);
		model.addAttribute("jsonLd", jsonLd(organisation));
		return "directory/organisation";
	}

	@GetMapping("/annuaire/organisations/{id}/logo")
	ResponseEntity<FileSystemResource> logo(@PathVariable long id) {
		var file = organisations.logo(id).orElseThrow(NotFoundException::new);
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "default-src 'none'")
			.cacheControl(CacheControl.noCache())
			.body(new FileSystemResource(file));
	}

	@PostMapping("/annuaire/organisations/{id}/logo")
	String uploadLogo(@PathVariable long id, @RequestParam("logo") MultipartFile logo, RedirectAttributes redirect)
			throws IOException {
		try {
			if (logo.getSize() > org.maillage.directory.internal.LogoStorage.MAX_BYTES) {
				throw new InvalidFieldException("logo", "directory.logo.tooLarge");
			}
			organisations.changeLogo(id, logo.getBytes());
			redirect.addFlashAttribute("flash", text("directory.logo.saved"));
		}
		catch (InvalidFieldException e) {
			redirect.addFlashAttribute("logoError", text(e.messageKey()));
		}
		return "redirect:/annuaire/organisations/" + id + "/modifier#logo";
	}

	@PostMapping("/annuaire/organisations/{id}/membres/inviter")
	String invite(@PathVariable long id, @RequestParam String email, @RequestParam(required = false) String function,
			@RequestParam(defaultValue = "MEMBER") MembershipRole role, RedirectAttributes redirect) {
		if (email == null || !email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			redirect.addFlashAttribute("inviteError", text("directory.email.invalid"));
			redirect.addFlashAttribute("inviteEmail", email);
			return "redirect:/annuaire/organisations/" + id + "#membres";
		}
		memberships.invite(id, email, function, role);
		redirect.addFlashAttribute("flash", text("directory.members.invited", email.strip()));
		return "redirect:/annuaire/organisations/" + id + "#membres";
	}

	@PostMapping("/annuaire/organisations/{id}/membres/{membershipId}/role")
	String changeRole(@PathVariable long id, @PathVariable long membershipId, @RequestParam MembershipRole role,
			RedirectAttributes redirect) {
		memberships.changeRole(membershipId, role);
		redirect.addFlashAttribute("flash", text("directory.members.roleChanged"));
		return "redirect:/annuaire/organisations/" + id + "#membres";
	}

	@PostMapping("/annuaire/organisations/{id}/membres/{membershipId}/retirer")
	String remove(@PathVariable long id, @PathVariable long membershipId, RedirectAttributes redirect) {
		memberships.remove(membershipId);
		redirect.addFlashAttribute("flash", text("directory.members.removed"));
		return "redirect:/annuaire/organisations/" + id + "#membres";
	}

	@PostMapping("/annuaire/organisations/{id}/quitter")
	String leave(@PathVariable long id, RedirectAttributes redirect) {
		memberships.leave(id);
		redirect.addFlashAttribute("flash", text("directory.members.left"));
		return "redirect:/annuaire/organisations/" + id;
	}

	@PostMapping("/annuaire/organisations/{id}/revendiquer")
	String claim(@PathVariable long id, @RequestParam(required = false) String message, RedirectAttributes redirect) {
		if (message != null && message.length() > 1000) {
			message = message.substring(0, 1000);
		}
		memberships.claim(id, message);
		redirect.addFlashAttribute("flash", text("directory.claim.sent"));
		return "redirect:/annuaire/organisations/" + id;
	}

	/**
	 * schema.org Organization; "</" escaped so that no value can close the script
	 * element.
	 */
	private String jsonLd(Organisation o) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("@context", "https://schema.org");
		data.put("@type", "Organization");
		data.put("name", o.name());
		data.put("url", baseUrl + "/annuaire/organisations/" + o.id());
		if (o.shortDescription() != null) {
			data.put("description", o.shortDescription());
		}
		if (o.website() != null) {
			data.put("sameAs", List.of(o.website()));
		}
		if (o.email() != null) {
			data.put("email", o.email());
		}
		if (o.phone() != null) {
			data.put("telephone", o.phone());
		}
		if (o.siren() != null) {
			data.put("taxID", o.siren());
		}
		if (o.logoFile() != null) {
			data.put("logo", baseUrl + "/annuaire/organisations/" + o.id() + "/logo");
		}
		Map<String, Object> address = new LinkedHashMap<>();
		address.put("@type", "PostalAddress");
		address.put("addressCountry", "FR");
		if (o.address() != null) {
			address.put("streetAddress", o.address());
		}
		territories.find(o.communeId()).ifPresent(c -> address.put("addressLocality", c.name()));
		data.put("address", address);
		if (o.latitude() != null && o.longitude() != null) {
			data.put("geo", Map.of("@type", "GeoCoordinates", "latitude", o.latitude(), "longitude", o.longitude()));
		}
		return json.writeValueAsString(data).replace("<", "\\u003c");
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

}
