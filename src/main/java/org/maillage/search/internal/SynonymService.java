package org.maillage.search.internal;

import java.time.Clock;
import java.util.List;

import org.maillage.account.CurrentUser;
import org.maillage.common.ConflictException;
import org.maillage.common.ForbiddenException;
import org.maillage.common.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The synonyms list, edited by instance administrators. Queries read it through a small
 * cache that is dropped after every change, so a new synonym applies at once, without
 * reindexing.
 */
@Service
@Transactional
class SynonymService {

	static final int MAX_TERM_LENGTH = 100;

	private final SynonymRepository synonyms;

	private final CurrentUser currentUser;

	private final Clock clock = Clock.systemUTC();

	private volatile List<List<String>> cached;

	SynonymService(SynonymRepository synonyms, CurrentUser currentUser) {
		this.synonyms = synonyms;
		this.currentUser = currentUser;
	}

	/** Every group, for reading queries. */
	@Transactional(readOnly = true)
	List<List<String>> groups() {
		List<List<String>> groups = cached;
		if (groups == null) {
			groups = synonyms.findAll().stream().map(Synonym::terms).filter(t -> t.size() > 1).toList();
			cached = groups;
		}
		return groups;
	}

	@Transactional(readOnly = true)
	List<Synonym> list() {
		requireAdmin();
		return synonyms.findAllByOrderByTermsAsc();
	}

	Synonym add(String text) {
		requireAdmin();
		Synonym synonym = synonyms.save(new Synonym(valid(text), clock.instant()));
		cached = null;
		return synonym;
	}

	/**
	 * Changes a group edited from the given version; a conflict when someone saved since.
	 */
	Synonym change(long id, long version, String text) {
		requireAdmin();
		Synonym synonym = synonyms.findById(id).orElseThrow(NotFoundException::new);
		if (synonym.version() != version) {
			throw new ConflictException(synonym.text());
		}
		synonym.change(valid(text), clock.instant());
		synonyms.flush();
		cached = null;
		return synonym;
	}

	void remove(long id) {
		requireAdmin();
		synonyms.delete(synonyms.findById(id).orElseThrow(NotFoundException::new));
		cached = null;
	}

	private static List<String> valid(String text) {
		List<String> terms = Synonym.parse(text);
		if (terms.size() < 2) {
			throw new InvalidSynonymException("search.synonyms.error.tooFew");
		}
		if (terms.stream().anyMatch(t -> t.length() > MAX_TERM_LENGTH)) {
			throw new InvalidSynonymException("search.synonyms.error.tooLong", MAX_TERM_LENGTH);
		}
		return terms;
	}

	private void requireAdmin() {
		if (!currentUser.require().isAdmin()) {
			throw new ForbiddenException();
		}
	}

}
