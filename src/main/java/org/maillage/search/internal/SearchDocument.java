package org.maillage.search.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.engine.backend.types.TermVector;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.ObjectPath;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.PropertyValue;
import org.maillage.search.FrenchAnalysisConfigurer;
import org.maillage.search.SearchAudience;
import org.maillage.common.Markdown;
import org.maillage.search.SearchEntry;
import org.maillage.search.SearchType;

/**
 * The global search's copy of one searchable item, as its module described it in a
 * {@link SearchEntry}. Sets are kept as space-separated codes (one table, cheap to load
 * and to index); the audience becomes fields the query filters on, so that results,
 * counts, facets and snippets only ever come from what the viewer may see.
 */
@Entity
@Table(name = "search_document")
@Indexed(index = "search_document")
public class SearchDocument {

	static final String TITLE = "title";

	static final String SUMMARY = "summary";

	static final String TEXT = "text";

	static final String SPELLING = "spelling";

	/** Suffix of the unstemmed twin of a text field, where typos are matched. */
	static final String PLAIN = "_plain";

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@KeywordField(aggregable = Aggregable.YES, projectable = Projectable.YES)
	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private SearchType type;

	@KeywordField(projectable = Projectable.YES)
	@Column(name = "item_id", nullable = false)
	private String itemId;

	@FullTextField(analyzer = FrenchAnalysisConfigurer.FRENCH, projectable = Projectable.YES,
			highlightable = Highlightable.PLAIN)
	@FullTextField(name = TITLE + PLAIN, analyzer = FrenchAnalysisConfigurer.FOLDED)
	@Column(nullable = false)
	private String title;

	@FullTextField(analyzer = FrenchAnalysisConfigurer.FRENCH, projectable = Projectable.YES,
			highlightable = Highlightable.PLAIN)
	@FullTextField(name = SUMMARY + PLAIN, analyzer = FrenchAnalysisConfigurer.FOLDED)
	private String summary;

	@FullTextField(name = TEXT, analyzer = FrenchAnalysisConfigurer.FRENCH, projectable = Projectable.YES,
			highlightable = Highlightable.PLAIN, termVector = TermVector.NO)
	@FullTextField(name = TEXT + PLAIN, analyzer = FrenchAnalysisConfigurer.FOLDED)
	@Column(name = "body")
	private String body;

	@KeywordField(projectable = Projectable.YES)
	@Column(nullable = false)
	private String url;

	private String themes;

	private String territories;

	private String attributes;

	@GenericField
	private boolean everyone;

	@GenericField
	private boolean members;

	@Column(name = "organisation_ids")
	private String organisationIds;

	@Column(name = "user_ids")
	private String userIds;

	@GenericField(sortable = Sortable.YES)
	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	protected SearchDocument() {
	}

	SearchDocument(SearchType type, String itemId) {
		this.type = type;
		this.itemId = itemId;
	}

	/**
	 * Takes the entry's current state; territories are the entry's plus those containing
	 * them.
	 */
	void describe(SearchEntry entry, Set<String> territoriesAndAncestors) {
		this.title = limit(entry.title(), 500);
		// modules may hand over Markdown: snippets show its text, never its markup
		this.summary = Markdown.toPlainText(entry.summary());
		this.body = Markdown.toPlainText(entry.text());
		// only links inside the site: a source's mistake must not become a javascript:
		// link
		this.url = (entry.url() != null && entry.url().startsWith("/") && !entry.url().startsWith("//")) ? entry.url()
				: "/";
		this.themes = join(entry.themes());
		this.territories = join(territoriesAndAncestors);
		this.attributes = new java.util.TreeMap<>(entry.attributes()).entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + e.getValue())
			.collect(Collectors.joining("\n"));
		SearchAudience audience = entry.audience();
		this.everyone = audience.everyone();
		this.members = audience.members() || audience.everyone();
		this.organisationIds = join(audience.organisationIds().stream().map(String::valueOf).toList());
		this.userIds = join(audience.userIds().stream().map(String::valueOf).toList());
		this.updatedAt = entry.updatedAt() != null ? entry.updatedAt() : Instant.now();
	}

	private static String limit(String text, int length) {
		String value = (text == null || text.isBlank()) ? "—" : text.strip();
		return value.length() <= length ? value : value.substring(0, length);
	}

	private static String join(java.util.Collection<String> values) {
		return String.join(" ", new TreeSet<>(values));
	}

	private static Set<String> split(String joined) {
		if (joined == null || joined.isBlank()) {
			return Set.of();
		}
		return new TreeSet<>(Arrays.asList(joined.strip().split("\\s+")));
	}

	@KeywordField(name = "themes", aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "themes")))
	public Set<String> getThemeCodes() {
		return split(themes);
	}

	/** Every territory the item is about and those containing them, to filter on. */
	@KeywordField(name = "territories")
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "territories")))
	public Set<String> getTerritoryIds() {
		return split(territories);
	}

	/**
	 * Départements and régions only, for the territory facet: a few hundred values where
	 * communes and EPCI are tens of thousands, whose counting cost most of a broad
	 * query's time (bench/README.md, global search).
	 */
	@KeywordField(name = "areas", aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "territories")))
	public Set<String> getAreaIds() {
		Set<String> areas = new TreeSet<>();
		for (String id : split(territories)) {
			if (id.startsWith("dep:") || id.startsWith("reg:")) {
				areas.add(id);
			}
		}
		return areas;
	}

	/** Every attribute as {@code name=value}, to filter on any of them. */
	@KeywordField(name = "attributes", projectable = Projectable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "attributes")))
	public Set<String> getAttributePairs() {
		if (attributes == null || attributes.isBlank()) {
			return Set.of();
		}
		return new TreeSet<>(Arrays.asList(attributes.split("\n")));
	}

	@KeywordField(name = "licence", aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "attributes")))
	public String getLicence() {
		return attributes().get("licence");
	}

	@KeywordField(name = "maturity", aggregable = Aggregable.YES)
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "attributes")))
	public String getMaturity() {
		return attributes().get("maturity");
	}

	@KeywordField(name = "organisations")
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "organisationIds")))
	public Set<String> getAudienceOrganisations() {
		return split(organisationIds);
	}

	@KeywordField(name = "users")
	@IndexingDependency(derivedFrom = @ObjectPath(@PropertyValue(propertyName = "userIds")))
	public Set<String> getAudienceUsers() {
		return split(userIds);
	}

	/**
	 * The words "did you mean" may suggest: only those of public documents, so that a
	 * suggestion never reveals a word of something private.
	 */
	@FullTextField(name = SPELLING, analyzer = FrenchAnalysisConfigurer.SPELLING)
	@IndexingDependency(derivedFrom = { @ObjectPath(@PropertyValue(propertyName = "title")),
			@ObjectPath(@PropertyValue(propertyName = "summary")), @ObjectPath(@PropertyValue(propertyName = "body")),
			@ObjectPath(@PropertyValue(propertyName = "everyone")) })
	public String getSpellingWords() {
		if (!everyone) {
			return null;
		}
		return String.join("\n", title, summary == null ? "" : summary, body == null ? "" : body);
	}

	public Map<String, String> attributes() {
		Map<String, String> map = new LinkedHashMap<>();
		for (String pair : getAttributePairs()) {
			int equals = pair.indexOf('=');
			if (equals > 0) {
				map.put(pair.substring(0, equals), pair.substring(equals + 1));
			}
		}
		return map;
	}

	public Long id() {
		return id;
	}

	public SearchType type() {
		return type;
	}

	public String itemId() {
		return itemId;
	}

	public String title() {
		return title;
	}

	public String summary() {
		return summary;
	}

	public String text() {
		return body;
	}

	public String url() {
		return url;
	}

	public boolean everyone() {
		return everyone;
	}

	public boolean members() {
		return members;
	}

	public Set<String> audienceOrganisations() {
		return getAudienceOrganisations();
	}

	public Set<String> audienceUsers() {
		return getAudienceUsers();
	}

	public Set<String> themeCodes() {
		return getThemeCodes();
	}

	public Instant updatedAt() {
		return updatedAt;
	}

}
