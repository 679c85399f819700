package org.maillage.project;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A dated milestone of a project (a steering committee, a deliverable). */
@Entity
@Table(name = "project_milestone")
public class Milestone {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "project_id", nullable = false)
	private Long projectId;

	@Column(nullable = false)
	private String title;

	@Column(name = "due_date", nullable = false)
	private LocalDate dueDate;

	@Column(nullable = false)
	private boolean reached;

	protected Milestone() {
	}

	Milestone(long projectId, String title, LocalDate dueDate) {
		this.projectId = projectId;
		this.title = title.strip();
		this.dueDate = dueDate;
	}

	void markReached(boolean reached) {
		this.reached = reached;
	}

	public Long id() {
		return id;
	}

	public long projectId() {
		return projectId;
	}

	public String title() {
		return title;
	}

	public LocalDate dueDate() {
		return dueDate;
	}

	public boolean reached() {
		return reached;
	}

}
