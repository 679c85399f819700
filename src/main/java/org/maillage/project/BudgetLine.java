package org.maillage.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.maillage.common.DomainException;

/**
 * An expense line or a funding line (funder, programme, status). Amounts are cents, never
 * negative.
 */
@Entity
@Table(name = "project_budget_line")
public class BudgetLine {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "project_id", nullable = false)
	private Long projectId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private BudgetKind kind;

	@Column(nullable = false)
	private String label;

	private String funder;

	@Enumerated(EnumType.STRING)
	private FundingProgramme programme;

	@Column(name = "amount_cents", nullable = false)
	private long amountCents;

	@Enumerated(EnumType.STRING)
	private FundingStatus status;

	protected BudgetLine() {
	}

	BudgetLine(long projectId, BudgetKind kind, String label, long amountCents) {
		if (amountCents < 0) {
			throw new InvalidProjectField("amount", "project.amount.negative");
		}
		this.projectId = projectId;
		this.kind = kind;
		this.label = label.strip();
		this.amountCents = amountCents;
	}

	static BudgetLine expense(long projectId, String label, long amountCents) {
		return new BudgetLine(projectId, BudgetKind.EXPENSE, label, amountCents);
	}

	static BudgetLine funding(long projectId, String label, String funder, FundingProgramme programme,
			FundingStatus status, long amountCents) {
		if (programme == null || status == null) {
			throw new DomainException("project.funding.incomplete");
		}
		BudgetLine line = new BudgetLine(projectId, BudgetKind.FUNDING, label, amountCents);
		line.funder = Project.blankToNull(funder);
		line.programme = programme;
		line.status = status;
		return line;
	}

	public Long id() {
		return id;
	}

	public long projectId() {
		return projectId;
	}

	public BudgetKind kind() {
		return kind;
	}

	public String label() {
		return label;
	}

	public String funder() {
		return funder;
	}

	public FundingProgramme programme() {
		return programme;
	}

	public long amountCents() {
		return amountCents;
	}

	public FundingStatus status() {
		return status;
	}

}
