package org.maillage.resource;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A file attached to a resource, checked by content when uploaded. */
@Entity
@Table(name = "resource_attachment")
public class Attachment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "resource_id", nullable = false)
	private long resourceId;

	@Column(name = "file_name", nullable = false)
	private String fileName;

	@Column(name = "media_type", nullable = false)
	private String mediaType;

	@Column(name = "size_bytes", nullable = false)
	private long sizeBytes;

	@Column(name = "stored_name", nullable = false)
	private String storedName;

	@Column(name = "uploaded_at", nullable = false)
	private Instant uploadedAt;

	protected Attachment() {
	}

	Attachment(long resourceId, String fileName, String mediaType, long sizeBytes, String storedName, Instant now) {
		this.resourceId = resourceId;
		this.fileName = fileName;
		this.mediaType = mediaType;
		this.sizeBytes = sizeBytes;
		this.storedName = storedName;
		this.uploadedAt = now;
	}

	public Long id() {
		return id;
	}

	public long resourceId() {
		return resourceId;
	}

	public String fileName() {
		return fileName;
	}

	public String mediaType() {
		return mediaType;
	}

	public long sizeBytes() {
		return sizeBytes;
	}

	public String storedName() {
		return storedName;
	}

	public Instant uploadedAt() {
		return uploadedAt;
	}

	/** The size for people: "12 Ko", "1,4 Mo". */
	public String sizeLabel() {
		if (sizeBytes < 1024 * 1024) {
			return Math.max(1, sizeBytes / 1024) + " Ko";
		}
		return String.format(java.util.Locale.FRANCE, "%.1f Mo", sizeBytes / (1024.0 * 1024.0));
	}

}
