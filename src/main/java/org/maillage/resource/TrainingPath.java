package org.maillage.resource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
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

import org.hibernate.annotations.BatchSize;
import org.maillage.resource.internal.QuizConverter;

/**
 * A training path (parcours): modules in order, each with content and an optional quiz; a
 * quiz is passed at {@code passMark} percent of right answers.
 */
@Entity
@Table(name = "resource_path")
public class TrainingPath {

	/** One module: text (Markdown), a video link, a resource, and a quiz. */
	@Embeddable
	public static class Module {

		@Column(nullable = false)
		private String title;

		private String content;

		@Column(name = "video_url")
		private String videoUrl;

		@Column(name = "resource_id")
		private Long resourceId;

		@Convert(converter = QuizConverter.class)
		private List<QuizQuestion> quiz = new ArrayList<>();

		protected Module() {
		}

		Module(String title, String content, String videoUrl, Long resourceId, List<QuizQuestion> quiz) {
			this.title = title;
			this.content = content;
			this.videoUrl = videoUrl;
			this.resourceId = resourceId;
			this.quiz = new ArrayList<>(quiz);
		}

		public String title() {
			return title;
		}

		public String content() {
			return content;
		}

		public String videoUrl() {
			return videoUrl;
		}

		public Long resourceId() {
			return resourceId;
		}

		public List<QuizQuestion> quiz() {
			return List.copyOf(quiz);
		}

		public boolean hasQuiz() {
			return !quiz.isEmpty();
		}

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String title;

	private String summary;

	@Column(name = "pass_mark", nullable = false)
	private int passMark;

	@Column(name = "created_by", nullable = false)
	private long createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@ElementCollection
	@CollectionTable(name = "resource_path_module", joinColumns = @JoinColumn(name = "path_id"))
	@OrderColumn(name = "position")
	@BatchSize(size = 50)
	private List<Module> modules = new ArrayList<>();

	@Version
	private long version;

	protected TrainingPath() {
	}

	TrainingPath(String title, String summary, int passMark, List<Module> modules, long createdBy, Instant now) {
		this.title = title;
		this.summary = summary;
		this.passMark = passMark;
		this.modules = new ArrayList<>(modules);
		this.createdBy = createdBy;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** Replaces the description and the modules (already checked by the service). */
	void revise(String title, String summary, int passMark, List<Module> modules, Instant now) {
		this.title = title;
		this.summary = summary;
		this.passMark = passMark;
		this.modules.clear();
		this.modules.addAll(modules);
		this.updatedAt = now;
	}

	/** Whether this score (percent of right answers) passes the quiz. */
	public boolean passes(int score) {
		return score >= passMark;
	}

	/** The module at this position (1 for the first), or empty. */
	public java.util.Optional<Module> module(int number) {
		return number >= 1 && number <= modules.size() ? java.util.Optional.of(modules.get(number - 1))
				: java.util.Optional.empty();
	}

	public Long id() {
		return id;
	}

	public String title() {
		return title;
	}

	public String summary() {
		return summary;
	}

	public int passMark() {
		return passMark;
	}

	public long createdBy() {
		return createdBy;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	public List<Module> modules() {
		return List.copyOf(modules);
	}

	public long version() {
		return version;
	}

}
