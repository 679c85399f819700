package org.maillage.event;

import java.io.IOException;

import org.maillage.common.NotFoundException;
import org.maillage.event.internal.EventCovers;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An event's cover image: upload by the organiser (checked by content), served nosniff.
 */
@Controller
class EventCoverController {

	private final EventService events;

	private final MessageSource messages;

	EventCoverController(EventService events, MessageSource messages) {
		this.events = events;
		this.messages = messages;
	}

	@GetMapping("/agenda/{id}/couverture")
	ResponseEntity<FileSystemResource> cover(@PathVariable long id) {
		var file = events.cover(id).orElseThrow(NotFoundException::new);
		MediaType type = file.toString().endsWith(".png") ? MediaType.IMAGE_PNG : MediaType.IMAGE_JPEG;
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"couverture-" + id + "\"")
			.header("X-Content-Type-Options", "nosniff")
			.body(new FileSystemResource(file));
	}

	@PostMapping("/agenda/{id}/couverture")
	String upload(@PathVariable long id, @RequestParam(name = "cover", required = false) MultipartFile cover,
			RedirectAttributes redirect) throws IOException {
		try {
			if (cover == null || cover.isEmpty()) {
				throw new FieldRefused("cover", "event.cover.empty");
			}
			if (cover.getSize() > EventCovers.MAX_BYTES) {
				throw new FieldRefused("cover", "event.cover.size");
			}
			events.changeCover(id, cover.getBytes());
			redirect.addFlashAttribute("flash", text("event.cover.saved"));
			return "redirect:/agenda/" + id;
		}
		catch (FieldRefused e) {
			redirect.addFlashAttribute("coverError", text(e.messageKey()));
			return "redirect:/agenda/" + id + "/modifier#couverture";
		}
	}

	private String text(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

}
