package org.maillage.directory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface TermRepository extends JpaRepository<Term, Long> {

	List<Term> findByVocabularyOrderByLabel(Vocabulary vocabulary);

	List<Term> findByVocabularyAndCodeIn(Vocabulary vocabulary, Collection<String> codes);

	Optional<Term> findByVocabularyAndCode(Vocabulary vocabulary, String code);

	boolean existsByVocabularyAndLabelIgnoreCase(Vocabulary vocabulary, String label);

}
