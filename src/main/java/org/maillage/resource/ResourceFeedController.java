package org.maillage.resource;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The Atom feed of the resource centre, open to everyone: the latest published, public
 * resources (the same for a visitor and a signed-in member, so caches may share it).
 */
@Controller
class ResourceFeedController {

	static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	private final ResourceFeed feed;

	ResourceFeedController(ResourceFeed feed) {
		this.feed = feed;
	}

	@GetMapping(ResourceFeed.PATH)
	ResponseEntity<String> atom() {
		return ResponseEntity.ok()
			.contentType(ATOM)
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(10)).cachePublic())
			.header("X-Content-Type-Options", "nosniff")
			.body(feed.latest());
	}

}
