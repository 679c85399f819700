package org.maillage.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** What the project measures: a unit, where it started (baseline) and where it aims. */
@Entity
@Table(name = "project_indicator")
public class Indicator {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "project_id", nullable = false)
	private Long projectId;

	@Column(nullable = false)
	private String name;

	private String unit;

	@Column(nullable = false)
	private double baseline;

	@Column(nullable = false)
	private double target;

	@Version
	private long version;

	protected Indicator() {
	}

	Indicator(long projectId) {
		this.projectId = projectId;
	}

	void define(String name, String unit, double baseline, double target) {
		this.name = name.strip();
		this.unit = Project.blankToNull(unit);
		this.baseline = baseline;
		this.target = target;
	}

	/**
	 * How far the value is from the baseline towards the target, 0–100 (capped), for
	 * bars.
	 */
	public int percentOfTarget(Double value) {
		if (value == null || target == baseline) {
			return value != null && value >= target ? 100 : 0;
		}
		double ratio = (value - baseline) / (target - baseline);
		return (int) Math.round(Math.clamp(ratio, 0, 1) * 100);
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

	public String unit() {
		return unit;
	}

	public double baseline() {
		return baseline;
	}

	public double target() {
		return target;
	}

	public long version() {
		return version;
	}

}
