package org.maillage.project;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An entry of the decision log: when, what, who decided, and the actions it concerns. */
@Entity
@Table(name = "project_decision")
public class Decision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "project_id", nullable = false)
	private Long projectId;

	@Column(name = "decided_on", nullable = false)
	private LocalDate decidedOn;

	@Column(nullable = false)
	private String decision;

	@Column(name = "decided_by", nullable = false)
	private String decidedBy;

	/** Ids of linked actions, separated by spaces. */
	@Column(name = "action_ids")
	private String actionIds;

	protected Decision() {
	}

	Decision(long projectId, LocalDate decidedOn, String decision, String decidedBy, List<Long> actionIds) {
		this.projectId = projectId;
		this.decidedOn = decidedOn;
		this.decision = decision.strip();
		this.decidedBy = decidedBy.strip();
		this.actionIds = actionIds.isEmpty() ? null
				: actionIds.stream().map(String::valueOf).collect(Collectors.joining(" "));
	}

	public Long id() {
		return id;
	}

	public LocalDate decidedOn() {
		return decidedOn;
	}

	public String decision() {
		return decision;
	}

	public String decidedBy() {
		return decidedBy;
	}

	public List<Long> actionIds() {
		return actionIds == null ? List.of() : Arrays.stream(actionIds.split(" ")).map(Long::valueOf).toList();
	}

}
