package org.maillage.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A named member of the project's steering committee, from one of the partner
 * organisations: a member of that organisation with an account (whose profile the
 * committee links to), or a person without an account, such as an elected official. The
 * names are kept as they were when the member was added. Members recorded before
 * committees were tied to partners may have no organisation id.
 */
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

	@Column(name = "user_id")
	private Long userId;

	@Column(name = "organisation_id")
	private Long organisationId;

	@Column(name = "organisation_name")
	private String organisationName;

	private String function;

	protected CommitteeMember() {
	}

	private CommitteeMember(long projectId, String name, Long userId, Partner organisation, String function) {
		this.projectId = projectId;
		this.name = name.strip();
		this.userId = userId;
		this.organisationId = organisation.organisationId();
		this.organisationName = organisation.organisationName();
		this.function = Project.blankToNull(function);
	}

	/** A member of a partner organisation, named as their account is. */
	static CommitteeMember member(long projectId, PersonChoice person, Partner organisation, String function) {
		return new CommitteeMember(projectId, person.name(), person.userId(), organisation, function);
	}

	/** Someone without an account, sitting for a partner organisation. */
	static CommitteeMember withoutAccount(long projectId, String name, Partner organisation, String function) {
		return new CommitteeMember(projectId, name, null, organisation, function);
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

	/** The member's account, or null for someone without one. */
	public Long userId() {
		return userId;
	}

	public Long organisationId() {
		return organisationId;
	}

	public String organisationName() {
		return organisationName;
	}

	public String function() {
		return function;
	}

}
