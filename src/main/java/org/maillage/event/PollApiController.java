package org.maillage.event;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Scheduling polls in the JSON API: reading a poll and its best slots by its share token
 * (public), creating one with a personal access token.
 */
@RestController
@RequestMapping("/api/v1/polls")
class PollApiController {

	record SlotBody(@NotNull Instant startsAt, @NotNull Instant endsAt) {
	}

	record PollBody(String title, String description, List<@Valid SlotBody> slots) {
	}

	record SlotView(long id, Instant startsAt, Instant endsAt, int yes, int ifNeeded, int no, int score) {
	}

	record PollView(String token, String title, String description, int answers, List<SlotView> bestFirst,
			String ownerKey) {

		static PollView of(Poll poll, boolean withOwnerKey) {
			return new PollView(poll.shareToken(), poll.title(), poll.description(), poll.answers().size(),
					poll.results()
						.stream()
						.map(r -> new SlotView(r.slot().id(), r.slot().startsAt(), r.slot().endsAt(), r.yes(),
								r.ifNeeded(), r.no(), r.score()))
						.toList(),
					withOwnerKey ? poll.ownerKey() : null);
		}

	}

	private final PollService polls;

	PollApiController(PollService polls) {
		this.polls = polls;
	}

	@GetMapping("/{token}")
	PollView poll(@PathVariable String token) {
		return PollView.of(polls.get(token), false);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	PollView create(@Valid @RequestBody PollBody body) {
		List<Instant[]> slots = body.slots() == null ? List.of()
				: body.slots().stream().map(s -> new Instant[] { s.startsAt(), s.endsAt() }).toList();
		return PollView.of(polls.get(polls.create(body.title(), body.description(), slots).shareToken()), true);
	}

}
