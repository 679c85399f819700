package org.maillage.mail;

import java.time.ZoneId;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Dates on the outbox pages are shown in French time. */
@ControllerAdvice(basePackageClasses = MailViewAdvice.class)
class MailViewAdvice {

	@ModelAttribute("zone")
	ZoneId zone() {
		return ZoneId.of("Europe/Paris");
	}

}
