package org.maillage.resource;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One saved state of a resource: who saved it, when, and its content as JSON. */
@Entity
@Table(name = "resource_version")
public class ResourceVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "resource_id", nullable = false)
	private long resourceId;

	@Column(nullable = false)
	private int number;

	@Column(name = "saved_by")
	private Long savedBy;

	@Column(name = "saved_by_name", nullable = false)
	private String savedByName;

	@Column(name = "saved_at", nullable = false)
	private Instant savedAt;

	@Column(nullable = false)
	private String snapshot;

	protected ResourceVersion() {
	}

	ResourceVersion(long resourceId, int number, Long savedBy, String savedByName, Instant savedAt, String snapshot) {
		this.resourceId = resourceId;
		this.number = number;
		this.savedBy = savedBy;
		this.savedByName = savedByName;
		this.savedAt = savedAt;
		this.snapshot = snapshot;
	}

	public Long id() {
		return id;
	}

	public long resourceId() {
		return resourceId;
	}

	public int number() {
		return number;
	}

	public String savedByName() {
		return savedByName;
	}

	public Instant savedAt() {
		return savedAt;
	}

	public String snapshot() {
		return snapshot;
	}

}
