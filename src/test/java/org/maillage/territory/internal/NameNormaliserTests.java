package org.maillage.territory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameNormaliserTests {

	@Test
	void accents_case_hyphens_and_apostrophes_fold_away() {
		assertThat(NameNormaliser.normalise("Saint-Étienne")).isEqualTo("saint etienne");
		assertThat(NameNormaliser.normalise("L'Horme")).isEqualTo("l horme");
		assertThat(NameNormaliser.normalise("  PÉLUSSIN ")).isEqualTo("pelussin");
		assertThat(NameNormaliser.normalise("Œuilly")).isEqualTo("oeuilly");
	}

	@Test
	void st_and_ste_are_read_as_saint_and_sainte() {
		assertThat(NameNormaliser.normalise("st etienne")).isEqualTo("saint etienne");
		assertThat(NameNormaliser.normalise("Ste-Croix-en-Jarez")).isEqualTo("sainte croix en jarez");
		assertThat(NameNormaliser.normalise("Stains")).isEqualTo("stains");
	}

}
