package org.maillage.event;

import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.maillage.common.DomainException;
import org.maillage.common.ForbiddenException;
import org.maillage.common.NotFoundException;
import org.maillage.event.internal.SynthesisFileStorage;
import org.maillage.search.SearchEntryChanged;
import org.maillage.search.SearchType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What remains after an event: the organiser's synthesis and links, and the participants'
 * contributions. Participants are signed-in members or registrants using their link.
 */
@Service
@Transactional
public class SynthesisService {

	/** Who is contributing: a display name and the key that prevents a second +1. */
	public record Contributor(String name, String key) {
	}

	private final EventRepository events;

	private final ContributionRepository contributions;

	private final RegistrationRepository registrations;

	private final EventPermissions permissions;

	private final ApplicationEventPublisher publisher;

	private final SynthesisFileRepository files;

	private final SynthesisFileStorage storage;

	private final Clock clock = Clock.systemUTC();

	SynthesisService(EventRepository events, ContributionRepository contributions, RegistrationRepository registrations,
			EventPermissions permissions, ApplicationEventPublisher publisher, SynthesisFileRepository files,
			SynthesisFileStorage storage) {
		this.events = events;
		this.contributions = contributions;
		this.registrations = registrations;
		this.permissions = permissions;
		this.publisher = publisher;
		this.files = files;
		this.storage = storage;
	}

	/** A file of the synthesis and where its bytes are. */
	public record Download(SynthesisFile file, Path path) {
	}

	/**
	 * The contributor: the signed-in user, or the registrant of this event whose link it
	 * is.
	 */
	@Transactional(readOnly = true)
	public Optional<Contributor> contributor(long eventId, String token) {
		if (token != null && !token.isBlank()) {
			var registration = registrations.findByParticipantToken(token).filter(r -> r.eventId() == eventId);
			if (registration.isPresent()) {
				return registration.get()
					.participants()
					.stream()
					.filter(p -> p.token().equals(token))
					.findFirst()
					.map(p -> new Contributor(p.name(), "p:" + p.id()));
			}
		}
		return permissions.user().map(u -> new Contributor(u.displayName(), "u:" + u.id()));
	}

	public void publish(long eventId, String text, List<SynthesisLink> links) {
		Event event = events.findById(eventId).orElseThrow(() -> new NotFoundException("event.notFound"));
		permissions.requireOrganiser(event);
		event.publishSynthesis(RegistrationService.blankToNull(text), links, clock.instant());
		publisher.publishEvent(new SearchEntryChanged(SearchType.EVENT, String.valueOf(eventId)));
	}

	/**
	 * The organiser attaches a file (checked by content); a {@link FieldRefused} on
	 * {@code file} otherwise.
	 */
	public SynthesisFile attach(long eventId, String fileName, byte[] content) {
		Event event = permissions.visible(events.findById(eventId));
		permissions.requireOrganiser(event);
		var stored = storage.store(content);
		String name = fileName == null ? "" : fileName.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
		if (name.isEmpty()) {
			name = stored.storedName();
		}
		if (name.length() > 200) {
			name = name.substring(name.length() - 200);
		}
		return files.save(new SynthesisFile(eventId, name, stored.mediaType(), stored.size(), stored.storedName(),
				clock.instant()));
	}

	public void removeFile(long eventId, long fileId) {
		Event event = permissions.visible(events.findById(eventId));
		permissions.requireOrganiser(event);
		SynthesisFile file = files.findById(fileId)
			.filter(f -> f.eventId() == eventId)
			.orElseThrow(NotFoundException::new);
		files.delete(file);
		storage.discardAfterCommit(file.storedName());
	}

	/** The synthesis' files, for whoever may see the event. */
	@Transactional(readOnly = true)
	public List<SynthesisFile> files(long eventId) {
		permissions.visible(events.findById(eventId));
		return files.findByEventIdOrderByIdAsc(eventId);
	}

	@Transactional(readOnly = true)
	public Download download(long eventId, long fileId) {
		permissions.visible(events.findById(eventId));
		SynthesisFile file = files.findById(fileId)
			.filter(f -> f.eventId() == eventId)
			.orElseThrow(NotFoundException::new);
		return new Download(file, storage.find(file.storedName()).orElseThrow(NotFoundException::new));
	}

	public Contribution contribute(long eventId, String token, ContributionKind kind, String text) {
		Event event = permissions.visible(events.findById(eventId));
		Contributor contributor = contributor(event.id(), token).orElseThrow(ForbiddenException::new);
		if (text == null || text.isBlank()) {
			throw new FieldRefused("text", "event.synthesis.textRequired");
		}
		if (text.strip().length() > 1000) {
			throw new FieldRefused("text", "event.synthesis.textTooLong");
		}
		return contributions.save(new Contribution(eventId, kind == null ? ContributionKind.IDEA : kind, text.strip(),
				contributor.name(), contributor.key(), clock.instant()));
	}

	/** +1, once per supporter. */
	public void support(long contributionId, String token) {
		Contribution contribution = contributions.findById(contributionId).orElseThrow(NotFoundException::new);
		Contributor contributor = contributor(contribution.eventId(), token).orElseThrow(ForbiddenException::new);
		if (contributions.countSupport(contributionId, contributor.key()) > 0) {
			throw new DomainException("event.synthesis.alreadySupported");
		}
		contributions.addSupport(contributionId, contributor.key());
		contribution.supported();
	}

	/** The organiser files a contribution under a theme (blank: not grouped). */
	public void group(long contributionId, String theme) {
		Contribution contribution = contributions.findById(contributionId).orElseThrow(NotFoundException::new);
		permissions.requireOrganiser(events.findById(contribution.eventId()).orElseThrow());
		contribution.groupUnder(RegistrationService.blankToNull(theme));
	}

	/**
	 * Contributions by theme (ungrouped under the empty key, last), most supported first.
	 */
	@Transactional(readOnly = true)
	public Map<String, List<Contribution>> grouped(long eventId) {
		permissions.visible(events.findById(eventId));
		Map<String, List<Contribution>> groups = new LinkedHashMap<>();
		var all = contributions.findByEventIdOrderBySupportersDescIdAsc(eventId);
		all.stream()
			.filter(c -> c.theme() != null)
			.forEach(c -> groups.computeIfAbsent(c.theme(), t -> new java.util.ArrayList<>()).add(c));
		var ungrouped = all.stream().filter(c -> c.theme() == null).toList();
		if (!ungrouped.isEmpty()) {
			groups.put("", ungrouped);
		}
		return groups;
	}

}
