package org.maillage.resource;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;
import org.maillage.account.UserRef;
import org.maillage.directory.Visibility;
import org.maillage.resource.internal.FieldsConverter;
import org.maillage.resource.internal.InvalidFieldException;

/**
 * A shared resource: common description, the structured fields of its kind, licence,
 * maturity and publication status. It guards its own life cycle: a draft is submitted,
 * then published or sent back by an animator; only an animator validates its maturity.
 */
@Entity
@Table(name = "resource_resource")
public class Resource {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ResourceKind kind;

	@Column(nullable = false)
	private String title;

	private String summary;

	/** Markdown. */
	private String body;

	@Convert(converter = FieldsConverter.class)
	private Map<String, String> fields = new LinkedHashMap<>();

	private String link;

	private String audience;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Licence licence;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Maturity maturity;

	@Column(name = "validated_by")
	private String validatedBy;

	@Column(name = "validated_at")
	private Instant validatedAt;

	@Column(nullable = false)
	private String language;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private PublicationStatus status;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Visibility visibility;

	@Column(name = "author_id", nullable = false)
	private long authorId;

	@Column(name = "author_name", nullable = false)
	private String authorName;

	@Column(name = "view_count", nullable = false)
	private long viewCount;

	@Column(name = "download_count", nullable = false)
	private long downloadCount;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "published_at")
	private Instant publishedAt;

	@ElementCollection
	@CollectionTable(name = "resource_theme", joinColumns = @JoinColumn(name = "resource_id"))
	@Column(name = "theme_code")
	@BatchSize(size = 50)
	private Set<String> themes = new TreeSet<>();

	@ElementCollection
	@CollectionTable(name = "resource_territory", joinColumns = @JoinColumn(name = "resource_id"))
	@Column(name = "territory_id")
	@BatchSize(size = 50)
	private Set<String> territories = new TreeSet<>();

	@ElementCollection
	@CollectionTable(name = "resource_author_organisation", joinColumns = @JoinColumn(name = "resource_id"))
	@Column(name = "organisation_id")
	@BatchSize(size = 50)
	private Set<Long> organisations = new TreeSet<>();

	@ElementCollection
	@CollectionTable(name = "resource_actor", joinColumns = @JoinColumn(name = "resource_id"))
	@Column(name = "organisation_id")
	@BatchSize(size = 50)
	private Set<Long> actors = new TreeSet<>();

	@Version
	private long version;

	protected Resource() {
	}

	Resource(ResourceKind kind, UserRef author, Instant now) {
		this.kind = kind;
		this.authorId = author.id();
		this.authorName = author.displayName();
		this.status = PublicationStatus.DRAFT;
		this.maturity = Maturity.EXPERIMENTAL;
		this.licence = Licence.CC_BY_SA;
		this.visibility = Visibility.PUBLIC;
		this.language = "fr";
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** Applies a command's content (not the status, not a validated maturity). */
	void describe(ResourceCommand c, Instant now) {
		this.title = c.title().strip();
		this.summary = c.summary();
		this.body = c.body();
		Map<String, String> kept = new LinkedHashMap<>();
		for (String name : kind.fields()) {
			String value = c.fields().get(name);
			if (value != null && !value.isBlank()) {
				kept.put(name, value.strip());
			}
		}
		this.fields = kept;
		this.link = c.link();
		this.audience = c.audience();
		this.licence = c.licence();
		this.language = c.language();
		this.visibility = c.visibility();
		this.themes = new TreeSet<>(c.themes());
		this.territories = new TreeSet<>(c.territories());
		this.organisations = new TreeSet<>(c.organisations());
		this.actors = kind.hasActors() ? new TreeSet<>(c.actors()) : new TreeSet<>();
		if (c.maturity() == Maturity.VALIDATED) {
			if (maturity != Maturity.VALIDATED) {
				throw new InvalidFieldException("maturity", "resource.maturity.animatorOnly");
			}
		}
		else {
			this.maturity = c.maturity();
			this.validatedBy = null;
			this.validatedAt = null;
		}
		this.updatedAt = now;
	}

	void submit(boolean hasAttachment, Instant now) {
		if (status != PublicationStatus.DRAFT) {
			throw new SubmissionRefusedException("resource.submit.notDraft");
		}
		if (kind.needsAttachment() && !hasAttachment) {
			throw new SubmissionRefusedException("resource.submit.attachmentRequired");
		}
		this.status = PublicationStatus.IN_REVIEW;
		this.updatedAt = now;
	}

	void requestChanges(Instant now) {
		if (status != PublicationStatus.IN_REVIEW) {
			throw new SubmissionRefusedException("resource.review.notInReview");
		}
		this.status = PublicationStatus.DRAFT;
		this.updatedAt = now;
	}

	void publish(Instant now) {
		if (status != PublicationStatus.IN_REVIEW) {
			throw new SubmissionRefusedException("resource.review.notInReview");
		}
		this.status = PublicationStatus.PUBLISHED;
		this.publishedAt = now;
		this.updatedAt = now;
	}

	void validate(UserRef animator, Instant now) {
		this.maturity = Maturity.VALIDATED;
		this.validatedBy = animator.displayName();
		this.validatedAt = now;
		this.updatedAt = now;
	}

	/** Loads the collections, for pages and forms rendered after the transaction. */
	Resource loadDetails() {
		themes.size();
		territories.size();
		organisations.size();
		actors.size();
		return this;
	}

	/** Published and public: what a visitor may see. */
	public boolean isPublic() {
		return status == PublicationStatus.PUBLISHED && visibility == Visibility.PUBLIC;
	}

	public boolean isPublished() {
		return status == PublicationStatus.PUBLISHED;
	}

	public boolean isAuthor(UserRef user) {
		return user != null && user.id() == authorId;
	}

	/**
	 * Published resources are seen by everyone (members-only: by members); others only by
	 * their author and animators.
	 */
	public boolean visibleTo(UserRef user) {
		if (status == PublicationStatus.PUBLISHED) {
			return visibility == Visibility.PUBLIC || user != null;
		}
		return user != null && (isAuthor(user) || user.isAnimator());
	}

	public boolean editableBy(UserRef user) {
		return user != null && (isAuthor(user) || user.isAnimator());
	}

	public Long id() {
		return id;
	}

	public ResourceKind kind() {
		return kind;
	}

	public String title() {
		return title;
	}

	public String summary() {
		return summary;
	}

	public String body() {
		return body;
	}

	public Map<String, String> fields() {
		return Map.copyOf(fields);
	}

	public String field(String name) {
		return fields.get(name);
	}

	public String link() {
		return link;
	}

	public String audience() {
		return audience;
	}

	public Licence licence() {
		return licence;
	}

	public Maturity maturity() {
		return maturity;
	}

	public String validatedBy() {
		return validatedBy;
	}

	public Instant validatedAt() {
		return validatedAt;
	}

	public String language() {
		return language;
	}

	public PublicationStatus status() {
		return status;
	}

	public Visibility visibility() {
		return visibility;
	}

	public long authorId() {
		return authorId;
	}

	public String authorName() {
		return authorName;
	}

	public long viewCount() {
		return viewCount;
	}

	public long downloadCount() {
		return downloadCount;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	public Instant publishedAt() {
		return publishedAt;
	}

	public Set<String> themes() {
		return Set.copyOf(themes);
	}

	public Set<String> territories() {
		return Set.copyOf(territories);
	}

	public Set<Long> organisations() {
		return Set.copyOf(organisations);
	}

	public Set<Long> actors() {
		return Set.copyOf(actors);
	}

	public long version() {
		return version;
	}

}
