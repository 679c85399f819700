package org.maillage.event;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.maillage.account.UserRef;
import org.maillage.common.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Scheduling polls: anyone creates one (with or without an account) and shares its link;
 * respondents answer with a name, no account needed.
 */
@Service
@Transactional
public class PollService {

	private final PollRepository polls;

	private final EventPermissions permissions;

	private final Clock clock = Clock.systemUTC();

	PollService(PollRepository polls, EventPermissions permissions) {
		this.polls = polls;
		this.permissions = permissions;
	}

	/**
	 * Creates a poll; slots are [start, end] pairs, at least one, each ending after it
	 * starts.
	 */
	public Poll create(String title, String description, List<Instant[]> slots) {
		if (title == null || title.isBlank()) {
			throw new FieldRefused("title", "event.poll.titleRequired");
		}
		if (slots.isEmpty()) {
			throw new FieldRefused("slots", "event.poll.slotsRequired");
		}
		for (Instant[] slot : slots) {
			if (!slot[1].isAfter(slot[0])) {
				throw new FieldRefused("slots", "event.error.endBeforeStart");
			}
		}
		Long userId = permissions.user().map(UserRef::id).orElse(null);
		return polls.save(
				new Poll(title.strip(), RegistrationService.blankToNull(description), slots, userId, clock.instant()));
	}

	@Transactional(readOnly = true)
	public Poll get(String shareToken) {
		return polls.findByShareToken(shareToken)
			.map(Poll::loadDetails)
			.orElseThrow(() -> new NotFoundException("event.poll.notFound"));
	}

	public void answer(String shareToken, String name, Map<Long, Availability> choices) {
		if (name == null || name.isBlank()) {
			throw new FieldRefused("name", "event.poll.nameRequired");
		}
		if (name.strip().length() > 120) {
			throw new FieldRefused("name", "event.form.text.size");
		}
		Poll poll = polls.findByShareToken(shareToken).orElseThrow(() -> new NotFoundException("event.poll.notFound"));
		var slotIds = poll.slots().stream().map(Poll.Slot::id).toList();
		choices.keySet().removeIf(id -> !slotIds.contains(id));
		poll.answer(name.strip(), choices, clock.instant());
	}

}
