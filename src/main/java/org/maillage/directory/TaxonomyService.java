package org.maillage.directory;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.EntityManager;

import org.hibernate.search.mapper.orm.Search;
import org.maillage.common.DomainException;
import org.maillage.common.NotFoundException;
import org.maillage.search.SearchEntryChanged;
import org.maillage.search.SearchType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Themes and competencies. Everyone reads them; animators and administrators add, rename
 * and remove them. Renaming or removing a term reindexes the organisations that carry it.
 */
@Service
@Transactional
public class TaxonomyService {

	private final TermRepository terms;

	private final OrganisationRepository organisations;

	private final OrganisationPermissions permissions;

	private final EntityManager entityManager;

	private final ApplicationEventPublisher events;

	TaxonomyService(TermRepository terms, OrganisationRepository organisations, OrganisationPermissions permissions,
			EntityManager entityManager, ApplicationEventPublisher events) {
		this.events = events;
		this.terms = terms;
		this.organisations = organisations;
		this.permissions = permissions;
		this.entityManager = entityManager;
	}

	@Transactional(readOnly = true)
	public List<Term> list(Vocabulary vocabulary) {
		return terms.findByVocabularyOrderByLabel(vocabulary);
	}

	public Term add(Vocabulary vocabulary, String label) {
		permissions.requireAnimator();
		String clean = label.strip();
		if (terms.existsByVocabularyAndLabelIgnoreCase(vocabulary, clean)) {
			throw new DomainException("directory.term.exists", clean);
		}
		String code = slug(clean);
		String unique = code;
		for (int i = 2; terms.findByVocabularyAndCode(vocabulary, unique).isPresent(); i++) {
			unique = code + "-" + i;
		}
		return terms.save(new Term(vocabulary, unique, clean));
	}

	public void rename(long id, String label) {
		permissions.requireAnimator();
		Term term = terms.findById(id).orElseThrow(NotFoundException::new);
		term.rename(label.strip());
		terms.flush();
		reindex(term);
	}

	public void remove(long id) {
		permissions.requireAnimator();
		Term term = terms.findById(id).orElseThrow(NotFoundException::new);
		List<Organisation> carrying = carrying(term);
		carrying.forEach(o -> o.removeTerm(term));
		organisations.flush();
		carrying.forEach(this::searchChanged);
		terms.delete(term);
	}

	private List<Organisation> carrying(Term term) {
		return term.vocabulary() == Vocabulary.THEME ? organisations.findByTheme(term)
				: organisations.findByCompetency(term);
	}

	private void reindex(Term term) {
		var plan = Search.session(entityManager).indexingPlan();
		carrying(term).forEach(o -> {
			plan.addOrUpdate(o);
			searchChanged(o);
		});
	}

	/** The global search shows theme and competency labels: tell it they changed. */
	private void searchChanged(Organisation organisation) {
		events.publishEvent(new SearchEntryChanged(SearchType.ORGANISATION, String.valueOf(organisation.id())));
	}

	static String slug(String label) {
		String slug = Normalizer.normalize(label, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("(^-|-$)", "");
		if (slug.length() > 60) {
			slug = slug.substring(0, 60);
		}
		return slug.isEmpty() ? "terme" : slug;
	}

}
