package org.maillage.resource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.maillage.resource.internal.InvalidFieldException;

/**
 * A thematic kit: for one need ("Lancer une démarche de coopération"), an introduction
 * and an ordered list of published resources, each with a note on why it is there.
 */
@Entity
@Table(name = "resource_kit")
public class Kit {

	/** One resource of the kit and the curator's note about it. */
	@Embeddable
	public static class Item {

		@Column(name = "resource_id", nullable = false)
		private long resourceId;

		private String note;

		protected Item() {
		}

		Item(long resourceId, String note) {
			this.resourceId = resourceId;
			this.note = note;
		}

		public long resourceId() {
			return resourceId;
		}

		public String note() {
			return note;
		}

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String title;

	/** Markdown. */
	private String introduction;

	@Column(name = "created_by", nullable = false)
	private long createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@ElementCollection
	@CollectionTable(name = "resource_kit_item", joinColumns = @JoinColumn(name = "kit_id"))
	@OrderColumn(name = "position")
	@org.hibernate.annotations.BatchSize(size = 50)
	private List<Item> items = new ArrayList<>();

	@Version
	private long version;

	protected Kit() {
	}

	Kit(String title, String introduction, long createdBy, Instant now) {
		describe(title, introduction, now);
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	void describe(String title, String introduction, Instant now) {
		if (title == null || title.isBlank()) {
			throw new InvalidFieldException("title", "resource.kit.title.required");
		}
		this.title = title.strip();
		this.introduction = introduction == null || introduction.isBlank() ? null : introduction.strip();
		this.updatedAt = now;
	}

	/** Adds a resource at the end; a resource is in a kit at most once. */
	void add(long resourceId, String note, Instant now) {
		if (items.stream().anyMatch(i -> i.resourceId == resourceId)) {
			throw new InvalidFieldException("resourceId", "resource.kit.already");
		}
		items.add(new Item(resourceId, note == null || note.isBlank() ? null : note.strip()));
		this.updatedAt = now;
	}

	/** Changes the curator's note on one of the kit's resources. */
	void annotate(long resourceId, String note, Instant now) {
		for (int i = 0; i < items.size(); i++) {
			if (items.get(i).resourceId == resourceId) {
				items.set(i, new Item(resourceId, note == null || note.isBlank() ? null : note.strip()));
				this.updatedAt = now;
				return;
			}
		}
		throw new InvalidFieldException("resourceId", "resource.notFound");
	}

	void remove(long resourceId, Instant now) {
		items.removeIf(i -> i.resourceId == resourceId);
		this.updatedAt = now;
	}

	/** Moves a resource one place up (-1) or down (+1). */
	void move(long resourceId, int offset, Instant now) {
		for (int i = 0; i < items.size(); i++) {
			if (items.get(i).resourceId == resourceId) {
				int target = i + offset;
				if (target >= 0 && target < items.size()) {
					Item moved = items.remove(i);
					items.add(target, moved);
					this.updatedAt = now;
				}
				return;
			}
		}
	}

	public Long id() {
		return id;
	}

	public String title() {
		return title;
	}

	public String introduction() {
		return introduction;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	public List<Item> items() {
		return List.copyOf(items);
	}

	public long version() {
		return version;
	}

}
