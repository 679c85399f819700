package org.maillage.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A work package or axis of the action plan, grouping actions. */
@Entity
@Table(name = "project_work_package")
public class WorkPackage {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "project_id", nullable = false)
	private Long projectId;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private int position;

	protected WorkPackage() {
	}

	WorkPackage(long projectId, String title, int position) {
		this.projectId = projectId;
		this.title = title.strip();
		this.position = position;
	}

	void rename(String title) {
		this.title = title.strip();
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

	public int position() {
		return position;
	}

}
