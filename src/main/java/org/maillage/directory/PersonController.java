package org.maillage.directory;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.maillage.account.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** People's public profiles, and the page where each person edits their own. */
@Controller
class PersonController {

	record ProfileForm(@Size(max = 120, message = "{directory.profile.function.size}") String function,
			@Size(max = 1000, message = "{directory.profile.skills.size}") String skills, Visibility visibility) {
	}

	private final PersonProfileService profiles;

	private final CurrentUser currentUser;

	private final MessageSource messages;

	PersonController(PersonProfileService profiles, CurrentUser currentUser, MessageSource messages) {
		this.profiles = profiles;
		this.currentUser = currentUser;
		this.messages = messages;
	}

	@GetMapping("/annuaire/personnes/{userId}")
	String person(@PathVariable long userId, Model model) {
		model.addAttribute("person", profiles.person(userId));
		return "directory/person";
	}

	@GetMapping("/annuaire/mon-profil")
	String myProfile(Model model) {
		requireLogin();
		var mine = profiles.mine();
		model.addAttribute("profileForm", new ProfileForm(mine.function(), mine.skills(), mine.visibility()));
		model.addAttribute("userId", mine.userId());
		return "directory/profile-form";
	}

	@PostMapping("/annuaire/mon-profil")
	String saveProfile(@Valid @ModelAttribute("profileForm") ProfileForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		requireLogin();
		if (errors.hasErrors()) {
			model.addAttribute("userId", currentUser.require().id());
			return "directory/profile-form";
		}
		profiles.update(form.function(), form.skills(), form.visibility());
		redirect.addFlashAttribute("flash",
				messages.getMessage("directory.profile.saved", null, LocaleContextHolder.getLocale()));
		return "redirect:/annuaire/mon-profil";
	}

	private void requireLogin() {
		if (currentUser.get().isEmpty()) {
			throw new AccessDeniedException("login required");
		}
	}

}
