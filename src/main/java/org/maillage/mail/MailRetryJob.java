package org.maillage.mail;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends again, every minute, the mails that the SMTP server refused or that were never
 * tried.
 */
@Component
class MailRetryJob {

	private final SmtpDelivery delivery;

	MailRetryJob(SmtpDelivery delivery) {
		this.delivery = delivery;
	}

	@Scheduled(fixedDelayString = "${maillage.mail.retry-interval:PT1M}", initialDelayString = "PT1M")
	@SchedulerLock(name = "mail-retry", lockAtMostFor = "PT10M")
	void retry() {
		if (delivery.configured()) {
			delivery.retryDue(100);
		}
	}

}
