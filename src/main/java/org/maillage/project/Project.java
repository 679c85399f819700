package org.maillage.project;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.maillage.common.DomainException;

/**
 * A joint project: what it is about, where, when, who sees it, and which organisations
 * run it together (its partners, the lead organisation being the pilot from the start).
 * Every change touches {@code updatedAt}, which also refreshes its search document.
 */
@Entity
@Table(name = "project_project")
@Indexed(index = "project")
public class Project {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@FullTextField(analyzer = "french")
	@KeywordField(name = "title_sort", normalizer = "sort", sortable = Sortable.YES)
	@Column(nullable = false)
	private String title;

	@FullTextField(analyzer = "french")
	private String summary;

	/** Markdown. */
	@FullTextField(analyzer = "french")
	private String description;

	@KeywordField(aggregable = Aggregable.YES)
	@Column(name = "territory_id")
	private String territoryId;

	/** The territory and every territory containing it, separated by spaces. */
	@Column(name = "territory_scope")
	private String territoryScope;

	@KeywordField(aggregable = Aggregable.YES)
	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ProjectStatus status;

	@Column(name = "start_date")
	private LocalDate startDate;

	@Column(name = "end_date")
	private LocalDate endDate;

	@KeywordField
	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ProjectVisibility visibility;

	@Column(name = "lead_organisation_id", nullable = false)
	private Long leadOrganisationId;

	@Column(name = "cover_file")
	private String coverFile;

	@KeywordField(aggregable = Aggregable.YES)
	@ElementCollection
	@CollectionTable(name = "project_theme", joinColumns = @JoinColumn(name = "project_id"))
	@Column(name = "theme_code")
	@BatchSize(size = 50)
	private Set<String> themes = new TreeSet<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "project_id", nullable = false)
	@OrderBy("id")
	@BatchSize(size = 50)
	private List<Partner> partners = new ArrayList<>();

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@GenericField(sortable = Sortable.YES)
	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "created_by")
	private Long createdBy;

	@Version
	private long version;

	protected Project() {
	}

	Project(String title, long leadOrganisationId, String leadOrganisationName, Long createdBy, Instant now) {
		this.title = title.strip();
		this.leadOrganisationId = leadOrganisationId;
		this.status = ProjectStatus.IDEA;
		this.visibility = ProjectVisibility.PUBLIC;
		this.createdBy = createdBy;
		this.createdAt = now;
		this.updatedAt = now;
		partners.add(Partner.pilot(leadOrganisationId, leadOrganisationName, now));
	}

	void describe(ProjectCommand command, Set<String> territoryScope) {
		if (command.startDate() != null && command.endDate() != null
				&& command.endDate().isBefore(command.startDate())) {
			throw new InvalidProjectField("endDate", "project.endDate.beforeStart");
		}
		this.title = command.title().strip();
		this.summary = blankToNull(command.summary());
		this.description = blankToNull(command.description());
		this.territoryId = blankToNull(command.territoryId());
		this.territoryScope = territoryScope.isEmpty() ? null : String.join(" ", new TreeSet<>(territoryScope));
		this.status = command.status();
		this.startDate = command.startDate();
		this.endDate = command.endDate();
		this.visibility = command.visibility();
		this.themes.clear();
		this.themes.addAll(command.themes());
	}

	/** Invites an organisation, or invites it again after it declined. */
	Partner invite(long organisationId, String organisationName, PartnerRole role, Instant now) {
		Optional<Partner> existing = partner(organisationId);
		if (existing.isPresent()) {
			if (existing.get().status() != PartnerStatus.DECLINED) {
				throw new DomainException("project.partner.already");
			}
			existing.get().reinvite(role, now);
			return existing.get();
		}
		Partner partner = new Partner(organisationId, organisationName, role, now);
		partners.add(partner);
		return partner;
	}

	/**
	 * Removes a partner; a project keeps at least one accepted pilot.
	 */
	void removePartner(long partnerId) {
		Partner partner = partnerById(partnerId);
		if (partner.role() == PartnerRole.PILOT && partner.accepted() && pilots() <= 1) {
			throw new DomainException("project.partner.lastPilot");
		}
		partners.remove(partner);
	}

	void changeRole(long partnerId, PartnerRole role) {
		Partner partner = partnerById(partnerId);
		if (partner.role() == PartnerRole.PILOT && role != PartnerRole.PILOT && partner.accepted() && pilots() <= 1) {
			throw new DomainException("project.partner.lastPilot");
		}
		partner.changeRole(role);
	}

	private long pilots() {
		return partners.stream().filter(p -> p.accepted() && p.role() == PartnerRole.PILOT).count();
	}

	Partner partnerById(long partnerId) {
		return partners.stream()
			.filter(p -> p.id().equals(partnerId))
			.findFirst()
			.orElseThrow(() -> new org.maillage.common.NotFoundException("project.partner.notFound"));
	}

	public Optional<Partner> partner(long organisationId) {
		return partners.stream().filter(p -> p.organisationId() == organisationId).findFirst();
	}

	void touch(Instant now) {
		this.updatedAt = now;
	}

	void changeCover(String coverFile) {
		this.coverFile = coverFile;
	}

	/** Organisations that accepted: their members work on the project. */
	@GenericField(name = "partners", aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "updatedAt")))
	public Set<Long> getPartnerIds() {
		return partners.stream().filter(Partner::accepted).map(Partner::organisationId).collect(Collectors.toSet());
	}

	@KeywordField(name = "territoryScope")
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "territoryScope")))
	public Set<String> getScopeIds() {
		return territoryScope == null ? Set.of() : Set.of(territoryScope.split(" "));
	}

	/** Loads the lazy collections, for views rendered after the transaction. */
	void loadDetails() {
		themes.size();
		partners.size();
	}

	public List<Partner> acceptedPartners() {
		return partners.stream().filter(Partner::accepted).toList();
	}

	public List<Partner> partners() {
		return List.copyOf(partners);
	}

	public Long id() {
		return id;
	}

	public String title() {
		return title;
	}

	public String summary() {
		return summary;
	}

	public String description() {
		return description;
	}

	public String territoryId() {
		return territoryId;
	}

	public ProjectStatus status() {
		return status;
	}

	public LocalDate startDate() {
		return startDate;
	}

	public LocalDate endDate() {
		return endDate;
	}

	public ProjectVisibility visibility() {
		return visibility;
	}

	public long leadOrganisationId() {
		return leadOrganisationId;
	}

	public String leadOrganisationName() {
		return partner(leadOrganisationId).map(Partner::organisationName).orElse("");
	}

	public String coverFile() {
		return coverFile;
	}

	public Set<String> themes() {
		return Set.copyOf(themes);
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

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
