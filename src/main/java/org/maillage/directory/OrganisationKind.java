package org.maillage.directory;

/** What an organisation is, in the words of French local development. */
public enum OrganisationKind {

	COMMUNE("Commune"), EPCI("Intercommunalité (EPCI)"), DEPARTEMENT("Département"), REGION("Région"),
	STATE_SERVICE("Service de l'État"), ASSOCIATION("Association"), ENTERPRISE("Entreprise"),
	/** SCIC and SCOP. */
	COOPERATIVE("Coopérative (SCIC, SCOP)"),
	/** Lead body of a LEADER local action group (GAL). */
	GAL_LEADER("GAL LEADER"), DEVELOPMENT_COUNCIL("Conseil de développement"), CHAMBER("Chambre consulaire"),
	OTHER("Autre");

	private final String label;

	OrganisationKind(String label) {
		this.label = label;
	}

	/** French label (pages use the message bundle, {@code directory.kind.<NAME>}). */
	public String label() {
		return label;
	}

}
