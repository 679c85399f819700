package org.maillage.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

/**
 * A theme ("Alimentation") or a competency ("Animation de réseau"). The code never
 * changes (filters, facets, URLs); the label can be renamed by animators.
 */
@Entity
@Table(name = "directory_term")
public class Term {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Vocabulary vocabulary;

	@KeywordField(aggregable = Aggregable.YES)
	@Column(nullable = false)
	private String code;

	@FullTextField(analyzer = "french")
	@Column(nullable = false)
	private String label;

	protected Term() {
	}

	Term(Vocabulary vocabulary, String code, String label) {
		this.vocabulary = vocabulary;
		this.code = code;
		this.label = label;
	}

	public Long id() {
		return id;
	}

	public Vocabulary vocabulary() {
		return vocabulary;
	}

	public String code() {
		return code;
	}

	public String label() {
		return label;
	}

	void rename(String label) {
		this.label = label;
	}

}
