package org.maillage.search.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * Words or phrases that mean the same thing to the network ("EPCI", "intercommunalité",
 * "communauté de communes"): a query using one also finds the others.
 */
@Entity
@Table(name = "search_synonym")
public class Synonym {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	/** The group's words or phrases, separated by commas. */
	@Column(nullable = false)
	private String terms;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected Synonym() {
	}

	Synonym(List<String> terms, Instant now) {
		change(terms, now);
	}

	void change(List<String> terms, Instant now) {
		this.terms = String.join(", ", terms);
		this.updatedAt = now;
	}

	/** Splits what a person typed: words or phrases separated by commas. */
	static List<String> parse(String text) {
		if (text == null) {
			return List.of();
		}
		return Arrays.stream(text.split("[,;\\n]")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
	}

	public Long id() {
		return id;
	}

	public List<String> terms() {
		return parse(terms);
	}

	public String text() {
		return terms;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	public long version() {
		return version;
	}

}
