package org.maillage.account;

import java.time.LocalDate;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.maillage.common.DomainException;
import org.maillage.common.FrenchTime;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.CookieClearingLogoutHandler;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Mes données": download everything the platform holds about me, or delete my account.
 */
@Controller
class PersonalDataController {

	private final PersonalDataService personalData;

	private final Pages pages;

	PersonalDataController(PersonalDataService personalData, Pages pages) {
		this.personalData = personalData;
		this.pages = pages;
	}

	@GetMapping("/compte/donnees")
	String page(Model model) {
		if (!model.containsAttribute("deleteForm")) {
			model.addAttribute("deleteForm", Forms.DeleteForm.empty());
		}
		return "account/data";
	}

	@GetMapping("/compte/donnees/export")
	ResponseEntity<Map<String, Object>> export() {
		String filename = "mes-donnees-maillage-" + LocalDate.now(FrenchTime.ZONE) + ".json";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename).build().toString())
			.body(personalData.export());
	}

	@PostMapping("/compte/donnees/suppression")
	String delete(@Valid @ModelAttribute("deleteForm") Forms.DeleteForm form, BindingResult result, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				personalData.deleteMyAccount(form.password());
				var authentication = SecurityContextHolder.getContext().getAuthentication();
				new CookieClearingLogoutHandler("maillage-remember-me").logout(request, response, authentication);
				new SecurityContextLogoutHandler().logout(request, response, authentication);
				pages.flash(redirect, "account.delete.done");
				return "redirect:/";
			}
			catch (FieldRefusedException e) {
				Pages.reject(e, result);
			}
			catch (DomainException e) {
				result.reject(e.messageKey());
			}
		}
		return page(model);
	}

}
