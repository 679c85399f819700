package org.maillage.directory;

import java.net.URI;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.maillage.directory.internal.Rna;
import org.maillage.directory.internal.SirenOrSiret;
import org.maillage.directory.internal.DirectoryFilters;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The organisations API: the same rules as the pages (visibility, permissions,
 * validation, optimistic locking with a 409 carrying the current version).
 */
@RestController
@RequestMapping("/api/v1/organisations")
class OrganisationApiController {

	/** An organisation as sent to the API; {@code version} is required on PUT. */
	record OrganisationRequest(
			@NotBlank(message = "{directory.name.required}") @Size(max = 200,
					message = "{directory.name.size}") String name,
			@NotNull(message = "{directory.kind.required}") OrganisationKind kind, @SirenOrSiret String siren,
			@Rna String rna, @Size(max = 280, message = "{directory.shortDescription.size}") String shortDescription,
			@Size(max = 20000, message = "{directory.longDescription.size}") String longDescription,
			@Size(max = 300, message = "{directory.address.size}") String address, String communeId,
			@DecimalMin(value = "-90", message = "{directory.latitude.range}") @DecimalMax(value = "90",
					message = "{directory.latitude.range}") Double latitude,
			@DecimalMin(value = "-180", message = "{directory.longitude.range}") @DecimalMax(value = "180",
					message = "{directory.longitude.range}") Double longitude,
			Set<String> territoryIds, Set<String> themes, Set<String> competencies,
			@Size(max = 500, message = "{directory.website.invalid}") @Pattern(regexp = "^$|^https?://[^\\s<>\"]+$",
					message = "{directory.website.invalid}") String website,
			@Email(message = "{directory.email.invalid}") String email,
			@Pattern(regexp = "^$|^[+0-9 .()-]{6,30}$", message = "{directory.phone.invalid}") String phone,
			Visibility visibility, Long version) {

		OrganisationCommand toCommand() {
			return new OrganisationCommand(name, kind, siren, rna, shortDescription, longDescription, address,
					communeId, latitude, longitude, territoryIds, themes, competencies, website, email, phone,
					visibility);
		}

	}

	record OrganisationSummary(long id, String name, OrganisationKind kind, String kindLabel, String shortDescription,
			String communeId, Double latitude, Double longitude, List<String> themes, String url) {

		static OrganisationSummary of(Organisation o) {
			return new OrganisationSummary(o.id(), o.name(), o.kind(), o.kind().label(), o.shortDescription(),
					o.communeId(), o.latitude(), o.longitude(), o.themes().stream().map(Term::code).toList(),
					"/api/v1/organisations/" + o.id());
		}

	}

	record OrganisationPage(List<OrganisationSummary> items, long total, int page, int size, int pages) {
	}

	private final OrganisationService organisations;

	private final OrganisationSearch search;

	OrganisationApiController(OrganisationService organisations, OrganisationSearch search) {
		this.organisations = organisations;
		this.search = search;
	}

	/** Pages start at 0. */
	@GetMapping
	OrganisationPage list(@ParameterObject DirectoryFilters filters, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		// the API takes territory ids (com:42168, dep:42): an unknown id matches nothing
		var results = search.find(filters.criteria(filters.territory()), page, size);
		return new OrganisationPage(results.hits().stream().map(OrganisationSummary::of).toList(), results.total(),
				results.page(), results.size(), results.pages());
	}

	@GetMapping("/{id}")
	OrganisationView get(@PathVariable long id) {
		return OrganisationView.of(organisations.get(id));
	}

	@PostMapping
	ResponseEntity<OrganisationView> create(@Valid @RequestBody OrganisationRequest request) {
		var created = OrganisationView.of(organisations.create(request.toCommand()));
		return ResponseEntity.created(URI.create("/api/v1/organisations/" + created.id())).body(created);
	}

	@PutMapping("/{id}")
	OrganisationView update(@PathVariable long id, @Valid @RequestBody OrganisationRequest request) {
		long version = request.version() == null ? -1 : request.version();
		return OrganisationView.of(organisations.update(id, version, request.toCommand()));
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable long id) {
		organisations.delete(id);
		return ResponseEntity.noContent().build();
	}

}
