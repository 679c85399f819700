package org.maillage.event;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.hibernate.annotations.BatchSize;

/**
 * A scheduling poll: candidate slots, and who can come when. Anyone with the share link
 * answers (a name, yes / if needed / no per slot); its creator holds the owner key.
 */
@Entity
@Table(name = "event_poll")
public class Poll {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "share_token")
	private String shareToken;

	@Column(name = "owner_key")
	private String ownerKey;

	private String title;

	private String description;

	@Column(name = "created_by")
	private Long createdBy;

	@Column(name = "created_at")
	private Instant createdAt;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "poll_id", nullable = false)
	@OrderBy("position")
	@BatchSize(size = 50)
	private List<Slot> slots = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "poll_id", nullable = false)
	@OrderBy("id")
	@BatchSize(size = 50)
	private List<Answer> answers = new ArrayList<>();

	protected Poll() {
	}

	Poll(String title, String description, List<Instant[]> slotTimes, Long createdBy, Instant now) {
		this.shareToken = Registration.newToken();
		this.ownerKey = Registration.newToken();
		this.title = title;
		this.description = description;
		this.createdBy = createdBy;
		this.createdAt = now;
		for (int i = 0; i < slotTimes.size(); i++) {
			slots.add(new Slot(i, slotTimes.get(i)[0], slotTimes.get(i)[1]));
		}
	}

	void answer(String name, Map<Long, Availability> choices, Instant now) {
		answers.add(new Answer(name, choices, now));
	}

	/**
	 * The slots, best first: most "yes" counted twice plus "if needed", then earliest.
	 */
	public List<SlotResult> results() {
		List<SlotResult> results = new ArrayList<>();
		for (Slot slot : slots) {
			Map<Availability, Integer> counts = new EnumMap<>(Availability.class);
			for (Availability a : Availability.values()) {
				counts.put(a, 0);
			}
			int score = 0;
			for (Answer answer : answers) {
				Availability a = answer.choices.getOrDefault(slot.id, Availability.NO);
				counts.merge(a, 1, Integer::sum);
				score += a.weight();
			}
			results.add(new SlotResult(slot, counts.get(Availability.YES), counts.get(Availability.IF_NEEDED),
					counts.get(Availability.NO), score));
		}
		results.sort(Comparator.comparingInt(SlotResult::score).reversed().thenComparing(r -> r.slot().startsAt()));
		return results;
	}

	Poll loadDetails() {
		answers.forEach(a -> a.choices.size());
		slots.size();
		return this;
	}

	public boolean isOwnedBy(String key) {
		return key != null && ownerKey.equals(key);
	}

	public Long id() {
		return id;
	}

	public String shareToken() {
		return shareToken;
	}

	public String ownerKey() {
		return ownerKey;
	}

	public String title() {
		return title;
	}

	public String description() {
		return description;
	}

	public List<Slot> slots() {
		return List.copyOf(slots);
	}

	public List<Answer> answers() {
		return List.copyOf(answers);
	}

	/** How a slot fares. */
	public record SlotResult(Slot slot, int yes, int ifNeeded, int no, int score) {
	}

	/** A candidate date and time. */
	@Entity(name = "PollSlot")
	@Table(name = "event_poll_slot")
	public static class Slot {

		@Id
		@GeneratedValue(strategy = GenerationType.IDENTITY)
		private Long id;

		private int position;

		@Column(name = "starts_at")
		private Instant startsAt;

		@Column(name = "ends_at")
		private Instant endsAt;

		protected Slot() {
		}

		Slot(int position, Instant startsAt, Instant endsAt) {
			this.position = position;
			this.startsAt = startsAt;
			this.endsAt = endsAt;
		}

		public Long id() {
			return id;
		}

		public Instant startsAt() {
			return startsAt;
		}

		public Instant endsAt() {
			return endsAt;
		}

	}

	/** One respondent's answers. */
	@Entity(name = "PollAnswer")
	@Table(name = "event_poll_answer")
	public static class Answer {

		@Id
		@GeneratedValue(strategy = GenerationType.IDENTITY)
		private Long id;

		private String name;

		@Column(name = "created_at")
		private Instant createdAt;

		@ElementCollection
		@CollectionTable(name = "event_poll_choice", joinColumns = @JoinColumn(name = "answer_id"))
		@MapKeyColumn(name = "slot_id")
		@Column(name = "choice")
		@Enumerated(EnumType.STRING)
		@BatchSize(size = 50)
		private Map<Long, Availability> choices = new HashMap<>();

		protected Answer() {
		}

		Answer(String name, Map<Long, Availability> choices, Instant now) {
			this.name = name;
			this.choices.putAll(choices);
			this.createdAt = now;
		}

		public String name() {
			return name;
		}

		public Availability choice(long slotId) {
			return choices.getOrDefault(slotId, Availability.NO);
		}

	}

}
