package org.maillage.resource;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.maillage.account.CurrentUser;
import org.maillage.account.UserRef;
import org.maillage.common.ConflictException;
import org.maillage.common.ForbiddenException;
import org.maillage.common.NotFoundException;
import org.maillage.resource.internal.InvalidFieldException;
import org.maillage.search.SearchEntryChanged;
import org.maillage.search.SearchType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Thematic kits, curated by animators. Everyone sees a kit; its resources are shown only
 * as far as the viewer may see each one (a members-only resource is left out for a
 * visitor, a draft for everyone).
 */
@Service
@Transactional
public class KitService {

	private final KitRepository kits;

	private final ResourceRepository resources;

	private final CurrentUser currentUser;

	private final ApplicationEventPublisher events;

	private final Clock clock = Clock.systemUTC();

	KitService(KitRepository kits, ResourceRepository resources, CurrentUser currentUser,
			ApplicationEventPublisher events) {
		this.kits = kits;
		this.resources = resources;
		this.currentUser = currentUser;
		this.events = events;
	}

	/** A kit's resource as the viewer may see it, with the curator's note. */
	public record Entry(Resource resource, String note) {
	}

	@Transactional(readOnly = true)
	public List<Kit> all() {
		List<Kit> all = kits.findAllByOrderByTitleAsc();
		all.forEach(Kit::items);
		return all;
	}

	@Transactional(readOnly = true)
	public Kit get(long id) {
		Kit kit = kits.findById(id).orElseThrow(() -> new NotFoundException("resource.kit.notFound"));
		kit.items();
		return kit;
	}

	/** The kit's resources the current viewer may see, in order. */
	@Transactional(readOnly = true)
	public List<Entry> entries(Kit kit) {
		UserRef viewer = currentUser.get().orElse(null);
		Map<Long, Resource> found = resources.findAllById(kit.items().stream().map(Kit.Item::resourceId).toList())
			.stream()
			.collect(Collectors.toMap(Resource::id, Function.identity()));
		return kit.items()
			.stream()
			.filter(i -> found.containsKey(i.resourceId()))
			.map(i -> new Entry(found.get(i.resourceId()), i.note()))
			.filter(e -> e.resource().isPublished() && e.resource().visibleTo(viewer))
			.toList();
	}

	public Kit create(String title, String introduction) {
		UserRef animator = requireAnimator();
		Kit kit = kits.saveAndFlush(new Kit(title, introduction, animator.id(), clock.instant()));
		changed(kit);
		return kit;
	}

	public Kit update(long id, long version, String title, String introduction) {
		requireAnimator();
		Kit kit = get(id);
		if (kit.version() != version) {
			throw new ConflictException(Map.of("title", kit.title(), "introduction",
					kit.introduction() == null ? "" : kit.introduction(), "version", kit.version()));
		}
		kit.describe(title, introduction, clock.instant());
		kits.saveAndFlush(kit);
		changed(kit);
		return kit;
	}

	/** Adds a published resource to a kit. */
	public void add(long kitId, long resourceId, String note) {
		requireAnimator();
		Kit kit = get(kitId);
		Resource resource = resources.findById(resourceId)
			.orElseThrow(() -> new NotFoundException("resource.notFound"));
		if (!resource.isPublished()) {
			throw new InvalidFieldException("resourceId", "resource.kit.onlyPublished");
		}
		if (note != null && note.length() > 1000) {
			throw new InvalidFieldException("note", "resource.kit.note.size");
		}
		kit.add(resourceId, note, clock.instant());
		changed(kit);
	}

	/**
	 * Changes the note on one of the kit's resources, from the kit's version the curator
	 * saw; a {@link ConflictException} when someone changed the kit in between.
	 */
	public void annotate(long kitId, long resourceId, String note, long version) {
		requireAnimator();
		Kit kit = current(kitId, version);
		if (note != null && note.length() > 1000) {
			throw new InvalidFieldException("note", "resource.kit.note.size");
		}
		kit.annotate(resourceId, note, clock.instant());
		changed(kit);
	}

	/** Takes a resource out of the kit, from the kit's version the curator saw. */
	public void remove(long kitId, long resourceId, long version) {
		requireAnimator();
		Kit kit = current(kitId, version);
		kit.remove(resourceId, clock.instant());
		changed(kit);
	}

	/** Moves a resource up or down, from the kit's version the curator saw. */
	public void move(long kitId, long resourceId, int offset, long version) {
		requireAnimator();
		Kit kit = current(kitId, version);
		kit.move(resourceId, Integer.signum(offset), clock.instant());
		changed(kit);
	}

	private Kit current(long kitId, long version) {
		Kit kit = get(kitId);
		if (kit.version() != version) {
			throw new ConflictException(null);
		}
		return kit;
	}

	public void delete(long id) {
		requireAnimator();
		kits.delete(get(id));
		events.publishEvent(new SearchEntryChanged(SearchType.KIT, String.valueOf(id)));
	}

	@Transactional(readOnly = true)
	public boolean canCurate() {
		return currentUser.get().map(UserRef::isAnimator).orElse(false);
	}

	private void changed(Kit kit) {
		events.publishEvent(new SearchEntryChanged(SearchType.KIT, String.valueOf(kit.id())));
	}

	private UserRef requireAnimator() {
		UserRef user = currentUser.require();
		if (!user.isAnimator()) {
			throw new ForbiddenException("resource.kit.animatorOnly");
		}
		return user;
	}

}
