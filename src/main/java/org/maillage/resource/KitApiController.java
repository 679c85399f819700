package org.maillage.resource;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The kits API: everyone reads kits (each resource shown only if the caller may see it);
 * animators create kits and add published resources.
 */
@RestController
@RequestMapping("/api/v1/kits")
class KitApiController {

	record KitRequest(
			@NotBlank(message = "{resource.kit.title.required}") @Size(max = 200,
					message = "{resource.title.size}") String title,
			@Size(max = 20000, message = "{resource.body.size}") String introduction) {
	}

	record ItemRequest(@NotNull(message = "{resource.kit.resource.required}") Long resourceId,
			@Size(max = 1000, message = "{resource.kit.note.size}") String note) {
	}

	record KitItemView(long resourceId, String title, ResourceKind kind, String note, String url) {
	}

	record KitView(long id, String title, String introduction, List<KitItemView> items, String zip, long version) {
	}

	record KitSummary(long id, String title, String url) {
	}

	private final KitService kits;

	KitApiController(KitService kits) {
		this.kits = kits;
	}

	@GetMapping
	List<KitSummary> list() {
		return kits.all().stream().map(k -> new KitSummary(k.id(), k.title(), "/api/v1/kits/" + k.id())).toList();
	}

	@GetMapping("/{id}")
	KitView get(@PathVariable long id) {
		Kit kit = kits.get(id);
		return new KitView(kit.id(), kit.title(), kit.introduction(),
				kits.entries(kit)
					.stream()
					.map(e -> new KitItemView(e.resource().id(), e.resource().title(), e.resource().kind(), e.note(),
							"/api/v1/resources/" + e.resource().id()))
					.toList(),
				"/kits/" + kit.id() + ".zip", kit.version());
	}

	@PostMapping
	ResponseEntity<KitView> create(@Valid @RequestBody KitRequest request) {
		Kit kit = kits.create(request.title(), request.introduction());
		return ResponseEntity.created(URI.create("/api/v1/kits/" + kit.id())).body(get(kit.id()));
	}

	@PostMapping("/{id}/items")
	KitView add(@PathVariable long id, @Valid @RequestBody ItemRequest request) {
		kits.add(id, request.resourceId(), request.note());
		return get(id);
	}

}
