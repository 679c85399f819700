package org.maillage.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A named member of the project's steering committee. */
@Entity
@Table(name = "project_committee_member")
public class CommitteeMember {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "project_id", nullable = false)
	private Long projectId;

	@Column(nullable = false)
	private String name;

	@Column(name = "organisation_name")
	private String organisationName;

	private String function;

	protected CommitteeMember() {
	}

	CommitteeMember(long projectId, String name, String organisationName, String function) {
		this.projectId = projectId;
		this.name = name.strip();
		this.organisationName = Project.blankToNull(organisationName);
		this.function = Project.blankToNull(function);
	}

	public Long id() {
		return id;
	}

	public long projectId() {
		return projectId;
	}

	public String name() {
		return name;
	}

	public String organisationName() {
		return organisationName;
	}

	public String function() {
		return function;
	}

}
