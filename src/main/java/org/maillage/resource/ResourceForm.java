package org.maillage.resource;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.maillage.directory.Visibility;

/**
 * The resource form as typed. A bean rather than a record: the structured fields of the
 * kind are bound as {@code fields[purpose]}... {@code addTerritory} and {@code addActor}
 * are free text resolved on the server; {@code version} is the version the person started
 * editing from.
 */
public class ResourceForm {

	@NotBlank(message = "{resource.title.required}")
	@Size(max = 200, message = "{resource.title.size}")
	private String title;

	@Size(max = 500, message = "{resource.summary.size}")
	private String summary;

	@Size(max = 50000, message = "{resource.body.size}")
	private String body;

	private Map<String, String> fields = new LinkedHashMap<>();

	@Size(max = 500, message = "{resource.link.invalid}")
	@Pattern(regexp = "^$|^https?://[^\\s<>\"]+$", message = "{resource.link.invalid}")
	private String link;

	@Size(max = 200, message = "{resource.audience.size}")
	private String audience;

	private Licence licence = Licence.CC_BY_SA;

	private Maturity maturity = Maturity.EXPERIMENTAL;

	@Pattern(regexp = "^(fr|en|oc|de|es|it)?$", message = "{resource.language.invalid}")
	private String language = "fr";

	private Visibility visibility = Visibility.PUBLIC;

	private Set<String> themes = new LinkedHashSet<>();

	private Set<String> territories = new LinkedHashSet<>();

	private String addTerritory;

	private Set<Long> organisations = new LinkedHashSet<>();

	private Set<Long> actors = new LinkedHashSet<>();

	private String addActor;

	private Long version;

	public static ResourceForm of(Resource r) {
		ResourceForm form = new ResourceForm();
		form.title = r.title();
		form.summary = r.summary();
		form.body = r.body();
		form.fields = new LinkedHashMap<>(r.fields());
		form.link = r.link();
		form.audience = r.audience();
		form.licence = r.licence();
		form.maturity = r.maturity();
		form.language = r.language();
		form.visibility = r.visibility();
		form.themes = new LinkedHashSet<>(r.themes());
		form.territories = new LinkedHashSet<>(r.territories());
		form.organisations = new LinkedHashSet<>(r.organisations());
		form.actors = new LinkedHashSet<>(r.actors());
		form.version = r.version();
		return form;
	}

	ResourceCommand toCommand() {
		return new ResourceCommand(title, summary, body, fields, link, audience, licence, maturity, language,
				visibility, themes, territories, organisations, actors);
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getSummary() {
		return summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getBody() {
		return body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public Map<String, String> getFields() {
		return fields;
	}

	public void setFields(Map<String, String> fields) {
		this.fields = fields == null ? new LinkedHashMap<>() : fields;
	}

	public String getLink() {
		return link;
	}

	public void setLink(String link) {
		this.link = link;
	}

	public String getAudience() {
		return audience;
	}

	public void setAudience(String audience) {
		this.audience = audience;
	}

	public Licence getLicence() {
		return licence;
	}

	public void setLicence(Licence licence) {
		this.licence = licence;
	}

	public Maturity getMaturity() {
		return maturity;
	}

	public void setMaturity(Maturity maturity) {
		this.maturity = maturity;
	}

	public String getLanguage() {
		return language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	public Visibility getVisibility() {
		return visibility;
	}

	public void setVisibility(Visibility visibility) {
		this.visibility = visibility;
	}

	public Set<String> getThemes() {
		return themes;
	}

	public void setThemes(Set<String> themes) {
		this.themes = themes == null ? new LinkedHashSet<>() : themes;
	}

	public Set<String> getTerritories() {
		return territories;
	}

	public void setTerritories(Set<String> territories) {
		this.territories = territories == null ? new LinkedHashSet<>() : territories;
	}

	public String getAddTerritory() {
		return addTerritory;
	}

	public void setAddTerritory(String addTerritory) {
		this.addTerritory = addTerritory;
	}

	public Set<Long> getOrganisations() {
		return organisations;
	}

	public void setOrganisations(Set<Long> organisations) {
		this.organisations = organisations == null ? new LinkedHashSet<>() : organisations;
	}

	public Set<Long> getActors() {
		return actors;
	}

	public void setActors(Set<Long> actors) {
		this.actors = actors == null ? new LinkedHashSet<>() : actors;
	}

	public String getAddActor() {
		return addActor;
	}

	public void setAddActor(String addActor) {
		this.addActor = addActor;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
