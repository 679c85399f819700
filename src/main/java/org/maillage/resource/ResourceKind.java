package org.maillage.resource;

import java.util.List;

/**
 * What a resource is, and the structured fields that kind asks for (besides the common
 * ones). Field names are message keys under {@code resource.field.}.
 */
public enum ResourceKind {

	TOOL_SHEET(List.of("purpose", "howItWorks", "addedValue", "limits", "prerequisites", "duration"), false),
	CASE_STUDY(List.of("context", "approach", "results", "lessons", "transferability", "period"), false),
	GUIDE(List.of(), false), TEMPLATE(List.of(), false), VIDEO(List.of(), true), MIND_MAP(List.of(), false),
	EVENT_SYNTHESIS(List.of(), true), EXTERNAL_LINK(List.of(), true);

	private final List<String> fields;

	private final boolean needsLink;

	ResourceKind(List<String> fields, boolean needsLink) {
		this.fields = fields;
		this.needsLink = needsLink;
	}

	/** The structured fields of this kind, in the order they are shown. */
	public List<String> fields() {
		return fields;
	}

	/**
	 * Videos, event syntheses and external links point somewhere: the link is required.
	 */
	public boolean needsLink() {
		return needsLink;
	}

	/** Templates and mind maps are files: one is required before review. */
	public boolean needsAttachment() {
		return this == TEMPLATE || this == MIND_MAP;
	}

	public boolean hasActors() {
		return this == CASE_STUDY;
	}

}
