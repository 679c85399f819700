package org.maillage.resource;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.maillage.account.CurrentUser;
import org.maillage.account.UserRef;
import org.maillage.common.ConflictException;
import org.maillage.common.ForbiddenException;
import org.maillage.common.NotFoundException;
import org.maillage.directory.Membership;
import org.maillage.directory.MembershipService;
import org.maillage.directory.OrganisationService;
import org.maillage.directory.TaxonomyService;
import org.maillage.directory.Term;
import org.maillage.directory.Visibility;
import org.maillage.directory.Vocabulary;
import org.maillage.resource.internal.AttachmentStorage;
import org.maillage.resource.internal.InvalidFieldException;
import org.maillage.search.SearchEntryChanged;
import org.maillage.search.SearchType;
import org.maillage.territory.TerritoryService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writing, reviewing and publishing resources. Any member writes a draft (optionally on
 * behalf of organisations they belong to) and submits it; animators comment, send it back
 * or publish it, and alone validate its maturity. Each save keeps a version; a save made
 * from an outdated version is refused with both versions shown.
 */
@Service
@Transactional
public class ResourceService {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final ResourceRepository resources;

	private final AttachmentRepository attachments;

	private final ResourceVersionRepository versions;

	private final ReviewNoteRepository notes;

	private final AttachmentStorage storage;

	private final CurrentUser currentUser;

	private final MembershipService memberships;

	private final OrganisationService organisations;

	private final TaxonomyService taxonomy;

	private final TerritoryService territories;

	private final KitRepository kits;

	private final TrainingPathRepository paths;

	private final ApplicationEventPublisher events;

	private final Clock clock = Clock.systemUTC();

	ResourceService(ResourceRepository resources, AttachmentRepository attachments, ResourceVersionRepository versions,
			ReviewNoteRepository notes, AttachmentStorage storage, CurrentUser currentUser,
			MembershipService memberships, OrganisationService organisations, TaxonomyService taxonomy,
			TerritoryService territories, KitRepository kits, TrainingPathRepository paths,
			ApplicationEventPublisher events) {
		this.resources = resources;
		this.attachments = attachments;
		this.versions = versions;
		this.notes = notes;
		this.storage = storage;
		this.currentUser = currentUser;
		this.memberships = memberships;
		this.organisations = organisations;
		this.taxonomy = taxonomy;
		this.territories = territories;
		this.kits = kits;
		this.paths = paths;
		this.events = events;
	}

	/** A resource the current user may see; otherwise a 404, drafts included. */
	@Transactional(readOnly = true)
	public Resource get(long id) {
		UserRef user = currentUser.get().orElse(null);
		return resources.findById(id)
			.filter(r -> r.visibleTo(user))
			.map(Resource::loadDetails)
			.orElseThrow(() -> new NotFoundException("resource.notFound"));
	}

	@Transactional(readOnly = true)
	public boolean canEdit(Resource resource) {
		return resource.editableBy(currentUser.get().orElse(null));
	}

	/**
	 * A LIKE pattern matching the audience text anywhere, case ignored; never null (a
	 * null parameter inside a function has no type on PostgreSQL).
	 */
	static String audiencePattern(String audience) {
		if (audience == null || audience.isBlank()) {
			return "%";
		}
		String escaped = audience.strip()
			.toLowerCase(Locale.ROOT)
			.replace("\\", "\\\\")
			.replace("%", "\\%")
			.replace("_", "\\_");
		return "%" + escaped + "%";
	}

	/** Published resources the current user may see, filtered, newest first. */
	@Transactional(readOnly = true)
	public Page<Resource> list(ResourceCriteria criteria, int page, int size) {
		return findPublished(currentUser.get().isPresent() ? MEMBER_VIEW : VISITOR_VIEW, criteria, page, size);
	}

	/**
	 * The most recently published resources a visitor may see (published and public),
	 * newest first, whoever asks: for public feeds that readers and proxies cache, so a
	 * signed-in member or animator never gets drafts or members-only resources there.
	 * Themes are loaded.
	 */
	@Transactional(readOnly = true)
	public List<Resource> latestForVisitors(int count) {
		List<Resource> latest = findPublished(VISITOR_VIEW, ResourceCriteria.all(), 0, count).getContent();
		latest.forEach(r -> r.themes().size());
		return latest;
	}

	private static final Set<Visibility> VISITOR_VIEW = Set.of(Visibility.PUBLIC);

	private static final Set<Visibility> MEMBER_VIEW = Set.of(Visibility.PUBLIC, Visibility.MEMBERS);

	private Page<Resource> findPublished(Set<Visibility> visibilities, ResourceCriteria criteria, int page, int size) {
		return resources.findPublished(visibilities, criteria.kind(), criteria.licence(), criteria.maturity(),
				audiencePattern(criteria.audience()), criteria.theme(), criteria.territory(),
				PageRequest.of(Math.max(0, page), Math.clamp(size, 1, 100),
						Sort.by(Sort.Order.desc("publishedAt"), Sort.Order.desc("id"))));
	}

	/**
	 * Whether no resource was ever written (the demo loads only into an empty centre).
	 */
	@Transactional(readOnly = true)
	public boolean isEmpty() {
		return resources.count() == 0;
	}

	/** Resources waiting for an animator's review, oldest first. */
	@Transactional(readOnly = true)
	public List<Resource> reviewQueue() {
		requireAnimator();
		return resources.findByStatusOrderByUpdatedAtAsc(PublicationStatus.IN_REVIEW);
	}

	@Transactional(readOnly = true)
	public List<Resource> mine() {
		return resources.findByAuthorIdOrderByUpdatedAtDesc(currentUser.require().id());
	}

	public Resource create(ResourceKind kind, ResourceCommand command) {
		UserRef user = currentUser.require();
		check(kind, command, user, Set.of());
		Resource resource = new Resource(kind, user, clock.instant());
		resource.describe(command, clock.instant());
		resources.saveAndFlush(resource);
		keepVersion(resource, user);
		changed(resource);
		return resource;
	}

	/**
	 * Saves an edit made from the given version; when someone saved in between, a
	 * {@link ConflictException} carries the stored content and nothing is written.
	 */
	public Resource update(long id, long version, ResourceCommand command) {
		Resource resource = get(id);
		UserRef user = requireEditor(resource);
		if (resource.version() != version) {
			throw new ConflictException(ResourceCommand.of(resource));
		}
		check(resource.kind(), command, user, resource.organisations());
		resource.describe(command, clock.instant());
		resources.saveAndFlush(resource);
		keepVersion(resource, user);
		changed(resource);
		return resource;
	}

	public void delete(long id) {
		Resource resource = get(id);
		requireEditor(resource);
		List<Attachment> files = attachments.findByResourceIdOrderByIdAsc(id);
		// out of its kits first, so that their lists keep no hole where it stood
		kits.findAllById(kits.findIdsHolding(id)).forEach(kit -> kit.remove(id, clock.instant()));
		resources.delete(resource);
		resources.flush();
		files.forEach(f -> storage.delete(f.storedName()));
		changed(id);
	}

	public void submit(long id) {
		Resource resource = get(id);
		UserRef user = requireEditor(resource);
		resource.submit(attachments.existsByResourceId(id), clock.instant());
		note(resource, ReviewNote.Action.SUBMITTED, user, null);
		changed(resource);
	}

	public void comment(long id, String text) {
		Resource resource = get(id);
		UserRef user = requireEditor(resource);
		if (text == null || text.isBlank()) {
			throw new InvalidFieldException("text", "resource.review.textRequired");
		}
		note(resource, ReviewNote.Action.COMMENT, user, text);
	}

	public void requestChanges(long id, String text) {
		Resource resource = get(id);
		UserRef animator = requireAnimator();
		if (text == null || text.isBlank()) {
			throw new InvalidFieldException("text", "resource.review.textRequired");
		}
		resource.requestChanges(clock.instant());
		note(resource, ReviewNote.Action.CHANGES_REQUESTED, animator, text);
		events.publishEvent(new ResourceReviewed(id, resource.title(), resource.authorId(),
				ReviewNote.Action.CHANGES_REQUESTED, animator.displayName(), text));
		changed(resource);
	}

	public void publish(long id, String text) {
		Resource resource = get(id);
		UserRef animator = requireAnimator();
		resource.publish(clock.instant());
		note(resource, ReviewNote.Action.PUBLISHED, animator, text);
		events.publishEvent(new ResourceReviewed(id, resource.title(), resource.authorId(), ReviewNote.Action.PUBLISHED,
				animator.displayName(), text));
		changed(resource);
	}

	/** Marks the maturity validated: an animator's decision, with who and when. */
	public void validateMaturity(long id) {
		Resource resource = get(id);
		UserRef animator = requireAnimator();
		resource.validate(animator, clock.instant());
		note(resource, ReviewNote.Action.VALIDATED, animator, null);
		changed(resource);
	}

	@Transactional(readOnly = true)
	public List<ReviewNote> reviewNotes(long id) {
		Resource resource = get(id);
		requireEditor(resource);
		return notes.findByResourceIdOrderByCreatedAtAscIdAsc(id);
	}

	@Transactional(readOnly = true)
	public List<ResourceVersion> versions(long id) {
		requireEditor(get(id));
		return versions.findByResourceIdOrderByNumberDesc(id);
	}

	/** A version's snapshot read back. */
	public static ResourceCommand snapshot(ResourceVersion version) {
		return JSON.readValue(version.snapshot(), ResourceCommand.class);
	}

	public Attachment attach(long id, String fileName, byte[] content) {
		Resource resource = get(id);
		requireEditor(resource);
		var stored = storage.store(content);
		String name = fileName == null || fileName.isBlank() ? stored.storedName()
				: Path.of(fileName.replace('\\', '/')).getFileName().toString();
		if (name.length() > 200) {
			name = name.substring(name.length() - 200);
		}
		Attachment attachment = attachments
			.save(new Attachment(id, name, stored.mediaType(), stored.size(), stored.storedName(), clock.instant()));
		changed(resource);
		return attachment;
	}

	public void removeAttachment(long id, long attachmentId) {
		Resource resource = get(id);
		requireEditor(resource);
		Attachment attachment = attachments.findById(attachmentId)
			.filter(a -> a.resourceId() == id)
			.orElseThrow(NotFoundException::new);
		attachments.delete(attachment);
		storage.delete(attachment.storedName());
	}

	@Transactional(readOnly = true)
	public List<Attachment> attachments(long id) {
		get(id);
		return attachments.findByResourceIdOrderByIdAsc(id);
	}

	/** A file for download, counted when the resource is published. */
	public Download download(long id, long attachmentId) {
		Resource resource = get(id);
		Attachment attachment = attachments.findById(attachmentId)
			.filter(a -> a.resourceId() == id)
			.orElseThrow(NotFoundException::new);
		Path file = storage.find(attachment.storedName()).orElseThrow(NotFoundException::new);
		if (resource.isPublished()) {
			resources.countDownload(id);
		}
		return new Download(attachment, file);
	}

	/** An attachment and where its bytes are. */
	public record Download(Attachment attachment, Path file) {
	}

	/** Counts a view of a published resource. */
	public void countView(long id) {
		resources.countView(id);
	}

	private void check(ResourceKind kind, ResourceCommand command, UserRef user, Set<Long> existingOrganisations) {
		if (kind.needsLink() && command.link() == null) {
			throw new InvalidFieldException("link", "resource.link.required");
		}
		Set<String> themeCodes = taxonomy.list(Vocabulary.THEME).stream().map(Term::code).collect(Collectors.toSet());
		if (!themeCodes.containsAll(command.themes())) {
			throw new InvalidFieldException("themes", "resource.theme.unknown");
		}
		if (!territories.findAll(command.territories()).keySet().containsAll(command.territories())) {
			throw new InvalidFieldException("addTerritory", "resource.territory.unknown");
		}
		Set<Long> mine = new HashSet<>();
		memberships.membershipsOf(user.id()).stream().map(Membership::organisationId).forEach(mine::add);
		mine.addAll(existingOrganisations);
		if (!user.isAnimator() && !mine.containsAll(command.organisations())) {
			throw new InvalidFieldException("organisations", "resource.organisations.notMember");
		}
		for (Long actor : command.actors()) {
			if (organisations.find(actor).isEmpty()) {
				throw new InvalidFieldException("addActor", "resource.actor.unknown");
			}
		}
	}

	private void keepVersion(Resource resource, UserRef user) {
		int number = versions.countByResourceId(resource.id()) + 1;
		versions.save(new ResourceVersion(resource.id(), number, user.id(), user.displayName(), clock.instant(),
				JSON.writeValueAsString(ResourceCommand.of(resource))));
	}

	private void note(Resource resource, ReviewNote.Action action, UserRef user, String text) {
		String kept = text == null || text.isBlank() ? null : text.strip();
		if (kept != null && kept.length() > 4000) {
			throw new InvalidFieldException("text", "resource.review.textTooLong");
		}
		notes.save(new ReviewNote(resource.id(), action, user.displayName(), kept, clock.instant()));
	}

	/**
	 * The resource is searched again, and so are the kits and paths that hold it: their
	 * themes come from their published, public resources.
	 */
	private void changed(Resource resource) {
		changed(resource.id());
	}

	private void changed(long id) {
		events.publishEvent(new SearchEntryChanged(SearchType.RESOURCE, String.valueOf(id)));
		kits.findIdsHolding(id)
			.forEach(kit -> events.publishEvent(new SearchEntryChanged(SearchType.KIT, String.valueOf(kit))));
		paths.findIdsLinking(id)
			.forEach(path -> events.publishEvent(new SearchEntryChanged(SearchType.PATH, String.valueOf(path))));
	}

	private UserRef requireEditor(Resource resource) {
		UserRef user = currentUser.require();
		if (!resource.editableBy(user)) {
			throw new ForbiddenException("resource.forbidden");
		}
		return user;
	}

	private UserRef requireAnimator() {
		UserRef user = currentUser.require();
		if (!user.isAnimator()) {
			throw new ForbiddenException("resource.review.animatorOnly");
		}
		return user;
	}

}
