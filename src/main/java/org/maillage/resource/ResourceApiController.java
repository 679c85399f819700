package org.maillage.resource;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.maillage.directory.Visibility;
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
 * The resources API: the same rules as the pages (drafts and members-only resources
 * invisible to visitors, authors and animators only, review by animators, 409 on a stale
 * version).
 */
@RestController
@RequestMapping("/api/v1/resources")
class ResourceApiController {

	/**
	 * A resource as sent to the API; {@code kind} on creation, {@code version} on PUT.
	 */
	record ResourceRequest(ResourceKind kind,
			@NotBlank(message = "{resource.title.required}") @Size(max = 200,
					message = "{resource.title.size}") String title,
			@Size(max = 500, message = "{resource.summary.size}") String summary,
			@Size(max = 50000, message = "{resource.body.size}") String body, Map<String, String> fields,
			@Size(max = 500, message = "{resource.link.invalid}") @Pattern(regexp = "^$|^https?://[^\\s<>\"]+$",
					message = "{resource.link.invalid}") String link,
			@Size(max = 200, message = "{resource.audience.size}") String audience, Licence licence, Maturity maturity,
			@Pattern(regexp = "^(fr|en|oc|de|es|it)?$", message = "{resource.language.invalid}") String language,
			Visibility visibility, Set<String> themes, Set<String> territories, Set<Long> organisations,
			Set<Long> actors, Long version) {

		ResourceCommand toCommand() {
			return new ResourceCommand(title, summary, body, fields, link, audience, licence, maturity, language,
					visibility, themes, territories, organisations, actors);
		}

	}

	/** A resource as the API shows it. */
	record ResourceView(long id, ResourceKind kind, String title, String summary, String body,
			Map<String, String> fields, String link, String audience, Licence licence, Maturity maturity,
			String validatedBy, Instant validatedAt, String language, PublicationStatus status, Visibility visibility,
			String author, Set<Long> organisations, Set<Long> actors, Set<String> themes, Set<String> territories,
			List<String> attachments, long views, long downloads, Instant publishedAt, long version, String url) {

		static ResourceView of(Resource r, List<Attachment> files) {
			return new ResourceView(r.id(), r.kind(), r.title(), r.summary(), r.body(), r.fields(), r.link(),
					r.audience(), r.licence(), r.maturity(), r.validatedBy(), r.validatedAt(), r.language(), r.status(),
					r.visibility(), r.authorName(), r.organisations(), r.actors(), r.themes(), r.territories(),
					files.stream().map(a -> "/ressources/" + r.id() + "/fichiers/" + a.id()).toList(), r.viewCount(),
					r.downloadCount(), r.publishedAt(), r.version(), "/ressources/" + r.id());
		}

	}

	record ResourceSummary(long id, ResourceKind kind, String title, String summary, Licence licence, Maturity maturity,
			Instant publishedAt, String url) {

		static ResourceSummary of(Resource r) {
			return new ResourceSummary(r.id(), r.kind(), r.title(), r.summary(), r.licence(), r.maturity(),
					r.publishedAt(), "/api/v1/resources/" + r.id());
		}

	}

	record ResourcePage(List<ResourceSummary> items, long total, int page, int size, int pages) {
	}

	record ReviewRequest(@Size(max = 4000, message = "{resource.review.textTooLong}") String text) {
	}

	private final ResourceService resources;

	ResourceApiController(ResourceService resources) {
		this.resources = resources;
	}

	/** Published resources the caller may see; pages start at 0. */
	@GetMapping
	ResourcePage list(@RequestParam(required = false) ResourceKind kind, @RequestParam(required = false) String theme,
			@RequestParam(required = false) Licence licence, @RequestParam(required = false) Maturity maturity,
			@RequestParam(required = false) String territory, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		var results = resources.list(new ResourceCriteria(kind, theme, licence, maturity, null, territory), page, size);
		return new ResourcePage(results.getContent().stream().map(ResourceSummary::of).toList(),
				results.getTotalElements(), results.getNumber(), results.getSize(), results.getTotalPages());
	}

	@GetMapping("/{id}")
	ResourceView get(@PathVariable long id) {
		return ResourceView.of(resources.get(id), resources.attachments(id));
	}

	@PostMapping
	ResponseEntity<ResourceView> create(@Valid @RequestBody ResourceRequest request) {
		if (request.kind() == null) {
			throw new org.maillage.resource.internal.InvalidFieldException("kind", "resource.kind.required");
		}
		Resource created = resources.create(request.kind(), request.toCommand());
		return ResponseEntity.created(URI.create("/api/v1/resources/" + created.id()))
			.body(ResourceView.of(created, List.of()));
	}

	@PutMapping("/{id}")
	ResourceView update(@PathVariable long id, @Valid @RequestBody ResourceRequest request) {
		long version = request.version() == null ? -1 : request.version();
		Resource updated = resources.update(id, version, request.toCommand());
		return ResourceView.of(updated, resources.attachments(id));
	}

	@PostMapping("/{id}/submit")
	ResourceView submit(@PathVariable long id) {
		resources.submit(id);
		return get(id);
	}

	@PostMapping("/{id}/publish")
	ResourceView publish(@PathVariable long id, @Valid @RequestBody(required = false) ReviewRequest review) {
		resources.publish(id, review == null ? null : review.text());
		return get(id);
	}

	@PostMapping("/{id}/request-changes")
	ResourceView requestChanges(@PathVariable long id, @Valid @RequestBody ReviewRequest review) {
		resources.requestChanges(id, review.text());
		return get(id);
	}

	@DeleteMapping("/{id}")
	ResponseEntity<Void> delete(@PathVariable long id) {
		resources.delete(id);
		return ResponseEntity.noContent().build();
	}

}
