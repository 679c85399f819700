package org.maillage.project;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A value of an indicator on a date, with who measured it and a comment. */
@Entity
@Table(name = "project_measurement")
public class Measurement {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "indicator_id", nullable = false)
	private Long indicatorId;

	@Column(name = "measured_on", nullable = false)
	private LocalDate measuredOn;

	@Column(name = "measured", nullable = false)
	private double value;

	private String comment;

	@Column(name = "author_id")
	private Long authorId;

	@Column(name = "author_name", nullable = false)
	private String authorName;

	protected Measurement() {
	}

	Measurement(long indicatorId, LocalDate measuredOn, double value, String comment, Long authorId,
			String authorName) {
		this.indicatorId = indicatorId;
		this.measuredOn = measuredOn;
		this.value = value;
		this.comment = Project.blankToNull(comment);
		this.authorId = authorId;
		this.authorName = authorName;
	}

	public Long id() {
		return id;
	}

	public long indicatorId() {
		return indicatorId;
	}

	public LocalDate measuredOn() {
		return measuredOn;
	}

	public double value() {
		return value;
	}

	public String comment() {
		return comment;
	}

	public String authorName() {
		return authorName;
	}

}
