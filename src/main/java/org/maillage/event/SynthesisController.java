package org.maillage.event;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.maillage.common.DomainException;
import org.maillage.common.Markdown;
import org.maillage.event.internal.SynthesisFileStorage;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The synthesis page: the organiser's text, links and files, the contributions grouped by
 * theme.
 */
@Controller
class SynthesisController {

	private final EventService events;

	private final SynthesisService synthesis;

	private final MessageSource messages;

	SynthesisController(EventService events, SynthesisService synthesis, MessageSource messages) {
		this.events = events;
		this.synthesis = synthesis;
		this.messages = messages;
	}

	@GetMapping("/agenda/{id}/synthese")
	String page(@PathVariable long id, @RequestParam(required = false) String jeton, Model model) {
		Event event = events.get(id);
		model.addAttribute("event", event);
		model.addAttribute("synthesisHtml", Markdown.toSafeHtml(event.synthesis()));
		model.addAttribute("groups", synthesis.grouped(id));
		model.addAttribute("contributor", synthesis.contributor(id, jeton).orElse(null));
		model.addAttribute("jeton", jeton);
		model.addAttribute("canOrganise", events.canOrganise(event));
		model.addAttribute("kinds", ContributionKind.values());
		model.addAttribute("started", event.hasStarted(Instant.now()));
		model.addAttribute("files", synthesis.files(id));
		model.addAttribute("maxMegabytes", SynthesisFileStorage.MAX_BYTES / (1024 * 1024));
		model.addAttribute("linksText",
				String.join("\n", event.links().stream().map(l -> l.title() + " | " + l.url()).toList()));
		return "event/synthesis";
	}

	@PostMapping("/agenda/{id}/synthese")
	String publish(@PathVariable long id, @RequestParam(required = false) String text,
			@RequestParam(required = false) String links, RedirectAttributes redirect) {
		List<SynthesisLink> list = new ArrayList<>();
		if (links != null) {
			for (String line : links.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
				String[] parts = line.split("\\|", 2);
				String url = parts.length == 2 ? parts[1].strip() : parts[0].strip();
				if (!url.startsWith("https://") && !url.startsWith("http://") && !url.startsWith("/")) {
					redirect.addFlashAttribute("synthesisError", text("event.synthesis.badLink", line));
					return back(id, null);
				}
				list.add(new SynthesisLink(parts.length == 2 ? parts[0].strip() : url, url));
			}
		}
		synthesis.publish(id, text, list);
		redirect.addFlashAttribute("flash", text("event.synthesis.published"));
		return back(id, null);
	}

	@PostMapping("/agenda/{id}/synthese/fichiers")
	String upload(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
			RedirectAttributes redirect) throws IOException {
		try {
			if (file == null || file.isEmpty()) {
				throw new FieldRefused("file", "event.synthesis.file.empty");
			}
			if (file.getSize() > SynthesisFileStorage.MAX_BYTES) {
				throw new FieldRefused("file", "event.synthesis.file.tooLarge");
			}
			synthesis.attach(id, file.getOriginalFilename(), file.getBytes());
			redirect.addFlashAttribute("flash", text("event.synthesis.file.saved"));
		}
		catch (FieldRefused e) {
			redirect.addFlashAttribute("fileError", text(e.messageKey()));
		}
		return back(id, null) + "#fichiers";
	}

	@PostMapping("/agenda/{id}/synthese/fichiers/{fileId}/supprimer")
	String removeFile(@PathVariable long id, @PathVariable long fileId, RedirectAttributes redirect) {
		synthesis.removeFile(id, fileId);
		redirect.addFlashAttribute("flash", text("event.synthesis.file.removed"));
		return back(id, null) + "#fichiers";
	}

	/** Served as an attachment, never rendered by the browser whatever its type. */
	@GetMapping("/agenda/{id}/synthese/fichiers/{fileId}")
	ResponseEntity<FileSystemResource> download(@PathVariable long id, @PathVariable long fileId) {
		var download = synthesis.download(id, fileId);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(download.file().mediaType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(download.file().fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "default-src 'none'; sandbox")
			.body(new FileSystemResource(download.path()));
	}

	@PostMapping("/agenda/{id}/contributions")
	String contribute(@PathVariable long id, @RequestParam(required = false) String jeton,
			@RequestParam(required = false) ContributionKind kind, @RequestParam(required = false) String text,
			RedirectAttributes redirect) {
		try {
			synthesis.contribute(id, jeton, kind, text);
			redirect.addFlashAttribute("flash", text("event.synthesis.thanks"));
		}
		catch (FieldRefused e) {
			redirect.addFlashAttribute("contributionError", text(e.messageKey()));
			redirect.addFlashAttribute("contributionText", text);
		}
		return back(id, jeton);
	}

	@PostMapping("/agenda/{id}/contributions/{contributionId}/soutien")
	String support(@PathVariable long id, @PathVariable long contributionId,
			@RequestParam(required = false) String jeton, RedirectAttributes redirect) {
		try {
			synthesis.support(contributionId, jeton);
		}
		catch (org.maillage.common.ForbiddenException | org.maillage.common.NotFoundException e) {
			throw e;
		}
		catch (DomainException e) {
			redirect.addFlashAttribute("flash", text(e.messageKey()));
		}
		return back(id, jeton);
	}

	@PostMapping("/agenda/{id}/contributions/{contributionId}/theme")
	String group(@PathVariable long id, @PathVariable long contributionId,
			@RequestParam(required = false) String theme) {
		synthesis.group(contributionId, theme);
		return back(id, null);
	}

	private String back(long id, String jeton) {
		return "redirect:" + UriComponentsBuilder.fromPath("/agenda/{id}/synthese")
			.queryParamIfPresent("jeton", java.util.Optional.ofNullable(jeton).filter(t -> !t.isBlank()))
			.buildAndExpand(id)
			.encode()
			.toUriString();
	}

	private String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

}
