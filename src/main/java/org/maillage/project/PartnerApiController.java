package org.maillage.project;

import java.net.URI;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.maillage.project.ProjectApiController.PartnerView;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A project's partners through the API, with the partners page's rules: the pilot's
 * admins invite, change a role or the contact person and remove; an invited
 * organisation's admins answer.
 */
@RestController
@RequestMapping("/api/v1/projects/{id}/partners")
class PartnerApiController {

	record InviteRequest(@NotNull(message = "{project.choice.invalid}") Long organisationId,
			@NotNull(message = "{project.partner.role.required}") PartnerRole role) {
	}

	record AnswerRequest(boolean accept) {
	}

	record PartnerChangeRequest(@NotNull(message = "{project.partner.role.required}") PartnerRole role,
			@Size(max = Partner.CONTACT_MAX, message = "{project.partner.contact.size}") String contactName) {
	}

	private final ProjectService projects;

	private final ProjectTexts texts;

	PartnerApiController(ProjectService projects, ProjectTexts texts) {
		this.projects = projects;
		this.texts = texts;
	}

	/** Every partner and invitation, with its status. */
	@GetMapping
	List<PartnerView> partners(@PathVariable long id) {
		return projects.open(id).project().partners().stream().map(PartnerView::of).toList();
	}

	@PostMapping
	ResponseEntity<PartnerView> invite(@PathVariable long id, @Valid @RequestBody InviteRequest request) {
		Partner partner = projects.invite(id, request.organisationId(), request.role());
		return ResponseEntity.created(URI.create("/api/v1/projects/" + id + "/partners")).body(PartnerView.of(partner));
	}

	@PostMapping("/{partnerId}/answer")
	List<PartnerView> answer(@PathVariable long id, @PathVariable long partnerId, @RequestBody AnswerRequest request) {
		projects.answer(id, partnerId, request.accept());
		return partners(id);
	}

	/** A new role and contact person (none when {@code contactName} is empty). */
	@PutMapping("/{partnerId}")
	PartnerView change(@PathVariable long id, @PathVariable long partnerId,
			@Valid @RequestBody PartnerChangeRequest request) {
		return PartnerView.of(projects.changePartner(id, partnerId, request.role(), request.contactName()));
	}

	@DeleteMapping("/{partnerId}")
	ResponseEntity<Void> remove(@PathVariable long id, @PathVariable long partnerId) {
		projects.removePartner(id, partnerId);
		return ResponseEntity.noContent().build();
	}

	@ExceptionHandler(ObjectOptimisticLockingFailureException.class)
	ResponseEntity<ProblemDetail> raced() {
		return ProjectApiProblems.raced(texts);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException e) {
		return ProjectApiProblems.unreadable(e, texts);
	}

}
