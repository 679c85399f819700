package org.maillage.project;

import java.util.List;

/**
 * A project's expense and funding lines, their totals and the gap between them (positive:
 * funding is missing).
 */
public record Budget(List<BudgetLine> expenses, List<BudgetLine> fundings) {

	static Budget of(List<BudgetLine> lines) {
		return new Budget(lines.stream().filter(l -> l.kind() == BudgetKind.EXPENSE).toList(),
				lines.stream().filter(l -> l.kind() == BudgetKind.FUNDING).toList());
	}

	public long expensesCents() {
		return expenses.stream().mapToLong(BudgetLine::amountCents).sum();
	}

	public long fundingCents() {
		return fundings.stream().mapToLong(BudgetLine::amountCents).sum();
	}

	/** Funding granted or paid. */
	public long securedCents() {
		return fundings.stream()
			.filter(l -> l.status() != FundingStatus.REQUESTED)
			.mapToLong(BudgetLine::amountCents)
			.sum();
	}

	public long gapCents() {
		return expensesCents() - fundingCents();
	}

}
