package org.maillage.project;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;

/**
 * An action of the plan: who is responsible (a partner and a person), who takes part
 * (R/A/C/I roles of partner organisations), when, and how far it is. Progress and status
 * move together: done means 100 %, and 100 % means done.
 */
@Entity
@Table(name = "project_action")
public class Action {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "project_id", nullable = false)
	private Long projectId;

	@Column(name = "work_package_id")
	private Long workPackageId;

	@Column(nullable = false)
	private String title;

	private String description;

	@Column(name = "responsible_organisation_id")
	private Long responsibleOrganisationId;

	@Column(name = "responsible_user_id")
	private Long responsibleUserId;

	@Column(name = "responsible_name")
	private String responsibleName;

	@Column(name = "start_date")
	private LocalDate startDate;

	@Column(name = "due_date")
	private LocalDate dueDate;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ActionStatus status = ActionStatus.TODO;

	@Column(nullable = false)
	private int progress;

	@Column(name = "depends_on_id")
	private Long dependsOnId;

	@ElementCollection
	@CollectionTable(name = "project_action_role", joinColumns = @JoinColumn(name = "action_id"))
	@MapKeyColumn(name = "organisation_id")
	@Column(name = "role")
	@Enumerated(EnumType.STRING)
	@BatchSize(size = 100)
	private Map<Long, Raci> roles = new TreeMap<>();

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected Action() {
	}

	Action(long projectId, Instant now) {
		this.projectId = projectId;
		this.updatedAt = now;
	}

	/**
	 * Sets what the action is; the responsible organisation gets the R role in the
	 * matrix.
	 */
	void define(ActionCommand command, String responsibleName) {
		if (command.startDate() != null && command.dueDate() != null
				&& command.dueDate().isBefore(command.startDate())) {
			throw new InvalidProjectField("dueDate", "project.action.dueBeforeStart");
		}
		if (command.dependsOnId() != null && command.dependsOnId().equals(id)) {
			throw new InvalidProjectField("dependsOnId", "project.action.dependsOnItself");
		}
		this.title = command.title().strip();
		this.description = Project.blankToNull(command.description());
		this.workPackageId = command.workPackageId();
		this.startDate = command.startDate();
		this.dueDate = command.dueDate();
		this.dependsOnId = command.dependsOnId();
		if (this.responsibleOrganisationId != null && roles.get(responsibleOrganisationId) == Raci.R) {
			roles.remove(responsibleOrganisationId);
		}
		this.responsibleOrganisationId = command.responsibleOrganisationId();
		this.responsibleUserId = command.responsibleUserId();
		this.responsibleName = responsibleName;
		if (responsibleOrganisationId != null) {
			roles.put(responsibleOrganisationId, Raci.R);
		}
		progress(command.status(), command.progress());
	}

	/** Records how far the action is; done and 100 % go together. */
	void progress(ActionStatus status, Integer progress) {
		int value = progress == null ? this.progress : progress;
		if (value < 0 || value > 100) {
			throw new InvalidProjectField("progress", "project.progress.range");
		}
		ActionStatus next = status == null ? this.status : status;
		if (next == ActionStatus.DONE) {
			value = 100;
		}
		else if (value == 100 && next != ActionStatus.CANCELLED) {
			next = ActionStatus.DONE;
		}
		this.status = next;
		this.progress = value;
	}

	/** Sets an organisation's role in the matrix; {@code null} removes it. */
	void assign(long organisationId, Raci role) {
		if (role == null) {
			roles.remove(organisationId);
		}
		else {
			roles.put(organisationId, role);
		}
	}

	void touch(Instant now) {
		this.updatedAt = now;
	}

	/** Late: not closed and due before today. */
	public boolean lateOn(LocalDate today) {
		return !status.closed() && dueDate != null && dueDate.isBefore(today);
	}

	public Long id() {
		return id;
	}

	public long projectId() {
		return projectId;
	}

	public Long workPackageId() {
		return workPackageId;
	}

	public String title() {
		return title;
	}

	public String description() {
		return description;
	}

	public Long responsibleOrganisationId() {
		return responsibleOrganisationId;
	}

	public Long responsibleUserId() {
		return responsibleUserId;
	}

	public String responsibleName() {
		return responsibleName;
	}

	public LocalDate startDate() {
		return startDate;
	}

	public LocalDate dueDate() {
		return dueDate;
	}

	public ActionStatus status() {
		return status;
	}

	public int progress() {
		return progress;
	}

	public Long dependsOnId() {
		return dependsOnId;
	}

	public Map<Long, Raci> roles() {
		return Map.copyOf(roles);
	}

	public Raci roleOf(long organisationId) {
		return roles.get(organisationId);
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	public long version() {
		return version;
	}

}
