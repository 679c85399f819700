package org.maillage.account;

import java.time.ZoneId;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Dates on the account pages are shown in French time. */
@ControllerAdvice(basePackageClasses = AccountViewAdvice.class)
class AccountViewAdvice {

	@ModelAttribute("zone")
	ZoneId zone() {
		return PersonalAccessTokenService.PARIS;
	}

}
