package org.maillage.directory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.maillage.search.ThemeLabels;
import org.maillage.search.ViewerOrganisations;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the global search asks the directory about people and words: the organisations a
 * viewer belongs to (to show what is shared with them), and the labels of themes.
 */
@Component
@Transactional(readOnly = true)
class DirectorySearchSupport implements ViewerOrganisations, ThemeLabels {

	private final MembershipRepository memberships;

	private final TermRepository terms;

	DirectorySearchSupport(MembershipRepository memberships, TermRepository terms) {
		this.memberships = memberships;
		this.terms = terms;
	}

	@Override
	public Set<Long> organisationsOf(long userId) {
		return memberships.findByUserId(userId).stream().map(Membership::organisationId).collect(Collectors.toSet());
	}

	@Override
	public Map<String, String> themeLabels() {
		Map<String, String> labels = new LinkedHashMap<>();
		terms.findByVocabularyOrderByLabel(Vocabulary.THEME).forEach(t -> labels.put(t.code(), t.label()));
		return labels;
	}

}
