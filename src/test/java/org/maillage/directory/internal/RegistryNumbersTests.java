package org.maillage.directory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegistryNumbersTests {

	@Test
	void a_siren_with_a_correct_luhn_key_is_valid() {
		assertThat(RegistryNumbers.isSirenOrSiret("732829320")).isTrue();
		assertThat(RegistryNumbers.isSirenOrSiret("552100554")).isTrue();
	}

	@Test
	void a_siren_with_a_wrong_key_is_refused() {
		assertThat(RegistryNumbers.isSirenOrSiret("732829321")).isFalse();
		assertThat(RegistryNumbers.isSirenOrSiret("123456789")).isFalse();
	}

	@Test
	void a_siret_of_fourteen_digits_is_checked_as_a_whole() {
		assertThat(RegistryNumbers.isSirenOrSiret("73282932000074")).isTrue();
		assertThat(RegistryNumbers.isSirenOrSiret("73282932000075")).isFalse();
	}

	@Test
	void other_lengths_and_letters_are_refused() {
		assertThat(RegistryNumbers.isSirenOrSiret("73282932")).isFalse();
		assertThat(RegistryNumbers.isSirenOrSiret("7328293200")).isFalse();
		assertThat(RegistryNumbers.isSirenOrSiret("73282932A")).isFalse();
	}

	@Test
	void spaces_typed_by_people_are_ignored() {
		assertThat(RegistryNumbers.isSirenOrSiret(RegistryNumbers.clean("732 829 320"))).isTrue();
	}

	@Test
	void an_rna_is_a_w_and_nine_digits() {
		assertThat(RegistryNumbers.isRna("W423001234")).isTrue();
		assertThat(RegistryNumbers.isRna("W42300123")).isFalse();
		assertThat(RegistryNumbers.isRna("X423001234")).isFalse();
		assertThat(RegistryNumbers.isRna("W42300123A")).isFalse();
	}

	@Test
	void similar_names_are_spotted_after_normalisation() {
		assertThat(NameKey.of("Association L'Économie Solidaire du Pilat")).isEqualTo("economie solidaire pilat");
		assertThat(NameKey.similar(NameKey.of("Les Amis du Pilat"), NameKey.of("Amis du Pilat"))).isTrue();
		assertThat(NameKey.similar(NameKey.of("Jardins partagés de Pélussin"), NameKey.of("Jardin partagé Pelussin")))
			.isTrue();
		assertThat(NameKey.similar(NameKey.of("Mairie"), NameKey.of("Musée"))).isFalse();
	}

}
