package org.maillage.directory;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.GeoPointBinding;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.Latitude;
import org.hibernate.search.mapper.pojo.bridge.builtin.annotation.Longitude;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexedEmbedded;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;
import org.maillage.directory.internal.ActsInBinder;
import org.maillage.directory.internal.NameKey;

/**
 * An actor of the network: a commune, an association, a cooperative, a GAL... Where it is
 * (commune, coordinates), where it acts (territories of any level), what it works on
 * (themes) and what it knows how to do (competencies). Members-only organisations are
 * invisible to visitors.
 */
@Entity
@Table(name = "directory_organisation")
@Indexed(index = "organisation")
@GeoPointBinding(fieldName = "location")
@TypeBinding(binder = @TypeBinderRef(type = ActsInBinder.class))
@TypeBinding(binder = @TypeBinderRef(type = org.maillage.directory.internal.map.GeoCellBinder.class))
public class Organisation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@FullTextField(analyzer = "french")
	@KeywordField(name = "name_sort", normalizer = "sort", sortable = Sortable.YES)
	@Column(nullable = false)
	private String name;

	@Column(name = "name_key", nullable = false)
	private String nameKey;

	@KeywordField(aggregable = Aggregable.YES)
	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private OrganisationKind kind;

	/** SIREN (9 digits) or SIRET (14 digits). */
	@KeywordField
	private String siren;

	@KeywordField
	private String rna;

	@FullTextField(analyzer = "french")
	@Column(name = "short_description")
	private String shortDescription;

	/** Markdown. */
	@FullTextField(analyzer = "french")
	@Column(name = "long_description")
	private String longDescription;

	private String address;

	/**
	 * Territory id of the commune where the organisation is located ({@code com:42168}).
	 */
	@Column(name = "commune_id")
	private String communeId;

	@Latitude
	private Double latitude;

	@Longitude
	private Double longitude;

	@ElementCollection
	@CollectionTable(name = "directory_organisation_territory", joinColumns = @JoinColumn(name = "organisation_id"))
	@Column(name = "territory_id")
	@BatchSize(size = 50)
	private Set<String> territoryIds = new TreeSet<>();

	@ManyToMany
	@JoinTable(name = "directory_organisation_theme", joinColumns = @JoinColumn(name = "organisation_id"),
			inverseJoinColumns = @JoinColumn(name = "term_id"))
	@BatchSize(size = 50)
	@IndexedEmbedded(includePaths = { "code", "label" })
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
	private Set<Term> themes = new LinkedHashSet<>();

	@ManyToMany
	@JoinTable(name = "directory_organisation_competency", joinColumns = @JoinColumn(name = "organisation_id"),
			inverseJoinColumns = @JoinColumn(name = "term_id"))
	@BatchSize(size = 50)
	@IndexedEmbedded(includePaths = { "code", "label" })
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.SHALLOW)
	private Set<Term> competencies = new LinkedHashSet<>();

	private String website;

	private String email;

	private String phone;

	@Column(name = "logo_file")
	private String logoFile;

	@KeywordField(aggregable = Aggregable.YES)
	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Visibility visibility = Visibility.PUBLIC;

	@GenericField(sortable = Sortable.YES)
	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "created_by")
	private Long createdBy;

	@Version
	private long version;

	protected Organisation() {
	}

	Organisation(OrganisationKind kind, String name, Long createdBy, Instant now) {
		this.kind = kind;
		rename(name);
		this.createdBy = createdBy;
		this.createdAt = now;
		this.updatedAt = now;
	}

	void rename(String name) {
		this.name = name.strip();
		this.nameKey = NameKey.of(this.name);
	}

	void describe(OrganisationKind kind, String siren, String rna, String shortDescription, String longDescription) {
		this.kind = kind;
		this.siren = siren;
		this.rna = rna;
		this.shortDescription = shortDescription;
		this.longDescription = longDescription;
	}

	/** Located in a commune; without coordinates the commune's centroid is used. */
	void locate(String address, String communeId, Double latitude, Double longitude) {
		this.address = address;
		this.communeId = communeId;
		this.latitude = latitude;
		this.longitude = longitude;
	}

	void actIn(Set<String> territoryIds) {
		this.territoryIds.clear();
		this.territoryIds.addAll(territoryIds);
	}

	void classify(Set<Term> themes, Set<Term> competencies) {
		this.themes.clear();
		this.themes.addAll(themes);
		this.competencies.clear();
		this.competencies.addAll(competencies);
	}

	void contact(String website, String email, String phone) {
		this.website = website;
		this.email = email;
		this.phone = phone;
	}

	void show(Visibility visibility) {
		if (visibility == Visibility.HIDDEN) {
			throw new IllegalArgumentException("An organisation is public or members-only");
		}
		this.visibility = visibility;
	}

	void changeLogo(String logoFile) {
		this.logoFile = logoFile;
	}

	void touch(Instant now) {
		this.updatedAt = now;
	}

	void forgetCreator() {
		this.createdBy = null;
	}

	void removeTerm(Term term) {
		themes.remove(term);
		competencies.remove(term);
	}

	/** Where it acts, as stored: its territories of action plus its commune. */
	@KeywordField(name = "actsIn")
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "territoryIds")),
			@ObjectPath(@PropertyValue(propertyName = "communeId")) })
	public Set<String> getActsIn() {
		Set<String> ids = new TreeSet<>(territoryIds);
		if (communeId != null) {
			ids.add(communeId);
		}
		return ids;
	}

	/** Loads the lazy collections, for views rendered after the transaction. */
	void loadDetails() {
		territoryIds.size();
		themes.size();
		competencies.size();
	}

	public boolean visibleTo(boolean loggedIn) {
		return visibility == Visibility.PUBLIC || loggedIn;
	}

	public Long id() {
		return id;
	}

	public String name() {
		return name;
	}

	public String nameKey() {
		return nameKey;
	}

	public OrganisationKind kind() {
		return kind;
	}

	public String siren() {
		return siren;
	}

	public String rna() {
		return rna;
	}

	public String shortDescription() {
		return shortDescription;
	}

	public String longDescription() {
		return longDescription;
	}

	public String address() {
		return address;
	}

	public String communeId() {
		return communeId;
	}

	public Double latitude() {
		return latitude;
	}

	public Double longitude() {
		return longitude;
	}

	public Set<String> territoryIds() {
		return Set.copyOf(territoryIds);
	}

	/** Sorted by label. */
	public List<Term> themes() {
		return themes.stream().sorted(Comparator.comparing(Term::label)).toList();
	}

	/** Sorted by label. */
	public List<Term> competencies() {
		return competencies.stream().sorted(Comparator.comparing(Term::label)).toList();
	}

	public String website() {
		return website;
	}

	public String email() {
		return email;
	}

	public String phone() {
		return phone;
	}

	public String logoFile() {
		return logoFile;
	}

	public Visibility visibility() {
		return visibility;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	public Long createdBy() {
		return createdBy;
	}

	public long version() {
		return version;
	}

}
