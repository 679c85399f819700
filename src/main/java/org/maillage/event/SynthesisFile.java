package org.maillage.event;

import java.time.Instant;
import java.util.Locale;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A file of an event's synthesis (a mind map, slides, a document), checked by content
 * when uploaded; videos stay links.
 */
@Entity
@Table(name = "event_synthesis_file")
public class SynthesisFile {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "event_id", nullable = false)
	private long eventId;

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

	protected SynthesisFile() {
	}

	SynthesisFile(long eventId, String fileName, String mediaType, long sizeBytes, String storedName, Instant now) {
		this.eventId = eventId;
		this.fileName = fileName;
		this.mediaType = mediaType;
		this.sizeBytes = sizeBytes;
		this.storedName = storedName;
		this.uploadedAt = now;
	}

	public Long id() {
		return id;
	}

	public long eventId() {
		return eventId;
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
		return String.format(Locale.FRANCE, "%.1f Mo", sizeBytes / (1024.0 * 1024.0));
	}

}
