package org.maillage.resource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import org.maillage.directory.TaxonomyService;
import org.maillage.directory.Term;
import org.maillage.directory.Vocabulary;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The Atom feed of published resources, written with ROME. It is public and cached by
 * feed readers and proxies, so it is the same for everyone: the visitor's view
 * (published, public resources only) and French texts, whatever the language of whoever
 * asks.
 */
@Component
class ResourceFeed {

	/** How many resources the feed lists, newest first. */
	static final int SIZE = 50;

	static final String PATH = "/ressources/flux.atom";

	private static final Locale LOCALE = Locale.FRENCH;

	private final ResourceService resources;

	private final TaxonomyService taxonomy;

	private final MessageSource messages;

	private final String baseUrl;

	ResourceFeed(ResourceService resources, TaxonomyService taxonomy, MessageSource messages,
			@Value("${maillage.base-url:http://localhost:8080}") String baseUrl) {
		this.resources = resources;
		this.taxonomy = taxonomy;
		this.messages = messages;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	/** The feed of the latest published, public resources, as an Atom 1.0 document. */
	String latest() {
		return write(resources.latestForVisitors(SIZE));
	}

	/** An Atom 1.0 document listing these resources, in this order. */
	String write(List<Resource> list) {
		Map<String, String> themeLabels = new LinkedHashMap<>();
		taxonomy.list(Vocabulary.THEME).forEach((Term t) -> themeLabels.put(t.code(), t.label()));
		Feed feed = new Feed("atom_1.0");
		feed.setId(baseUrl + PATH);
		feed.setTitle(text("resource.feed.title"));
		feed.setSubtitle(plain(text("resource.feed.subtitle")));
		feed.setLanguage(LOCALE.getLanguage());
		feed.setAlternateLinks(List.of(link("alternate", "text/html", baseUrl + "/ressources")));
		feed.setOtherLinks(List.of(link("self", "application/atom+xml", baseUrl + PATH)));
		feed.setAuthors(List.of(person(text("resource.feed.author"))));
		Instant updated = list.stream()
			.map(Resource::publishedAt)
			.filter(java.util.Objects::nonNull)
			.max(Instant::compareTo)
			.orElse(Instant.EPOCH);
		feed.setUpdated(Date.from(updated));
		feed.setEntries(list.stream().map(r -> entry(r, themeLabels)).toList());
		try {
			return new WireFeedOutput().outputString(feed, true);
		}
		catch (FeedException ex) {
			throw new IllegalStateException("Atom feed of resources", ex);
		}
	}

	private Entry entry(Resource resource, Map<String, String> themeLabels) {
		String url = baseUrl + "/ressources/" + resource.id();
		Entry entry = new Entry();
		entry.setId(url);
		entry.setTitle(resource.title());
		entry.setAlternateLinks(List.of(link("alternate", "text/html", url)));
		Date published = Date.from(resource.publishedAt() == null ? resource.updatedAt() : resource.publishedAt());
		entry.setPublished(published);
		entry.setUpdated(published);
		if (resource.summary() != null && !resource.summary().isBlank()) {
			entry.setSummary(plain(resource.summary()));
		}
		entry.setAuthors(List.of(person(resource.authorName())));
		List<Category> categories = new ArrayList<>();
		for (String theme : resource.themes()) {
			categories.add(category(baseUrl + "/ressources?theme=", theme, themeLabels.getOrDefault(theme, theme)));
		}
		categories.add(category(baseUrl + "/ressources?kind=", resource.kind().name(),
				text("resource.kind." + resource.kind().name())));
		entry.setCategories(categories);
		return entry;
	}

	private String text(String key) {
		return messages.getMessage(key, null, key, LOCALE);
	}

	private static Content plain(String value) {
		Content content = new Content();
		content.setType(Content.TEXT);
		content.setValue(value);
		return content;
	}

	private static Link link(String rel, String type, String href) {
		Link link = new Link();
		link.setRel(rel);
		link.setType(type);
		link.setHref(href);
		return link;
	}

	private static SyndPerson person(String name) {
		SyndPerson person = new SyndPersonImpl();
		person.setName(name);
		return person;
	}

	private static Category category(String scheme, String term, String label) {
		Category category = new Category();
		category.setScheme(scheme);
		category.setTerm(term);
		category.setLabel(label);
		return category;
	}

}
