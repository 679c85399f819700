package org.maillage.resource;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A learner on a training path: which modules are done (with the quiz score), and when
 * the whole path was completed.
 */
@Entity
@Table(name = "resource_enrolment")
public class Enrolment {

	/** A module done: the best quiz score (null without a quiz) and when. */
	@Embeddable
	public static class Progress {

		private Integer score;

		@Column(name = "completed_at", nullable = false)
		private Instant completedAt;

		protected Progress() {
		}

		Progress(Integer score, Instant completedAt) {
			this.score = score;
			this.completedAt = completedAt;
		}

		public Integer score() {
			return score;
		}

		public Instant completedAt() {
			return completedAt;
		}

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "path_id", nullable = false)
	private long pathId;

	@Column(name = "user_id", nullable = false)
	private long userId;

	@Column(name = "learner_name", nullable = false)
	private String learnerName;

	@Column(name = "enrolled_at", nullable = false)
	private Instant enrolledAt;

	@Column(name = "completed_at")
	private Instant completedAt;

	@ElementCollection
	@CollectionTable(name = "resource_module_progress", joinColumns = @JoinColumn(name = "enrolment_id"))
	@MapKeyColumn(name = "module_index")
	private Map<Integer, Progress> progress = new HashMap<>();

	@Version
	private long version;

	protected Enrolment() {
	}

	Enrolment(long pathId, long userId, String learnerName, Instant now) {
		this.pathId = pathId;
		this.userId = userId;
		this.learnerName = learnerName;
		this.enrolledAt = now;
	}

	/**
	 * Records a module done (keeping the best score); the path is completed when every
	 * module is done.
	 */
	void complete(int number, Integer score, int moduleCount, Instant now) {
		Progress previous = progress.get(number);
		if (previous == null || (score != null && (previous.score == null || score > previous.score))) {
			progress.put(number, new Progress(score, now));
		}
		if (completedAt == null && progress.size() >= moduleCount) {
			completedAt = now;
		}
	}

	/**
	 * Follows an edit of the path: the progress on each kept module moves to its new
	 * number; the progress on a removed module is dropped. A completed path stays
	 * completed (the certificate was earned); an unfinished one becomes completed when
	 * what remains is all done.
	 * @param newNumbers the new number of each kept module, by its former number
	 */
	void renumber(Map<Integer, Integer> newNumbers, int moduleCount, Instant now) {
		Map<Integer, Progress> moved = new HashMap<>();
		progress.forEach((number, done) -> {
			Integer target = newNumbers.get(number);
			if (target != null) {
				moved.put(target, done);
			}
		});
		if (!moved.equals(progress)) {
			progress.clear();
			progress.putAll(moved);
		}
		if (completedAt == null && moduleCount > 0 && progress.size() >= moduleCount) {
			completedAt = now;
		}
	}

	public boolean isDone(int number) {
		return progress.containsKey(number);
	}

	public Long id() {
		return id;
	}

	public long pathId() {
		return pathId;
	}

	public long userId() {
		return userId;
	}

	public String learnerName() {
		return learnerName;
	}

	public Instant enrolledAt() {
		return enrolledAt;
	}

	public Instant completedAt() {
		return completedAt;
	}

	public boolean isCompleted() {
		return completedAt != null;
	}

	public Map<Integer, Progress> progress() {
		return Map.copyOf(progress);
	}

}
