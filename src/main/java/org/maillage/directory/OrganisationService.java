package org.maillage.directory;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.maillage.account.UserRef;
import org.maillage.common.ConflictException;
import org.maillage.directory.internal.InvalidFieldException;
import org.maillage.directory.internal.LogoStorage;
import org.maillage.directory.internal.NameKey;
import org.maillage.directory.internal.RegistryNumbers;
import org.maillage.search.SearchEntryChanged;
import org.maillage.search.SearchType;
import org.maillage.territory.Territory;
import org.maillage.territory.TerritoryLevel;
import org.maillage.territory.TerritoryService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, editing and deleting organisations. Any member may create one (and becomes
 * its admin); its admins, animators and instance administrators may edit or delete it.
 * Edits are refused when someone else saved in between (optimistic locking): nothing is
 * silently overwritten.
 */
@Service
@Transactional
public class OrganisationService {

	private final OrganisationRepository organisations;

	private final TermRepository terms;

	private final MembershipRepository memberships;

	private final DuplicateFlagRepository duplicateFlags;

	private final OrganisationPermissions permissions;

	private final TerritoryService territories;

	private final LogoStorage logos;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	OrganisationService(OrganisationRepository organisations, TermRepository terms, MembershipRepository memberships,
			DuplicateFlagRepository duplicateFlags, OrganisationPermissions permissions, TerritoryService territories,
			LogoStorage logos, ApplicationEventPublisher events) {
		this.organisations = organisations;
		this.terms = terms;
		this.memberships = memberships;
		this.duplicateFlags = duplicateFlags;
		this.permissions = permissions;
		this.territories = territories;
		this.logos = logos;
		this.clock = Clock.systemUTC();
		this.events = events;
	}

	/** An organisation visible to the current user, details loaded; otherwise a 404. */
	@Transactional(readOnly = true)
	public Organisation get(long id) {
		Organisation organisation = permissions.visible(organisations.findById(id));
		organisation.loadDetails();
		return organisation;
	}

	@Transactional(readOnly = true)
	public Optional<Organisation> find(long id) {
		return organisations.findById(id).filter(o -> o.visibleTo(permissions.loggedIn())).map(o -> {
			o.loadDetails();
			return o;
		});
	}

	@Transactional(readOnly = true)
	public boolean canEdit(long id) {
		return organisations.findById(id).map(permissions::canEdit).orElse(false);
	}

	/**
	 * Existing organisations that look like this one: same SIREN/RNA, or a very similar
	 * name in the same commune.
	 */
	@Transactional(readOnly = true)
	public Map<Organisation, DuplicateFlag.Reason> possibleDuplicates(OrganisationCommand command, Long excludeId) {
		Map<Organisation, DuplicateFlag.Reason> found = new LinkedHashMap<>();
		String siren = normaliseSiren(command.siren());
		if (siren != null && siren.length() >= 9) {
			String sirenOfSiret = siren.substring(0, 9);
			organisations.findBySirenStartingWith(sirenOfSiret)
				.forEach(o -> found.putIfAbsent(o, DuplicateFlag.Reason.SIREN));
		}
		String rna = normaliseRna(command.rna());
		if (rna != null) {
			organisations.findByRna(rna).forEach(o -> found.putIfAbsent(o, DuplicateFlag.Reason.RNA));
		}
		if (command.communeId() != null && command.name() != null) {
			String key = NameKey.of(command.name());
			organisations.findByCommuneId(command.communeId())
				.stream()
				.filter(o -> NameKey.similar(key, o.nameKey()))
				.forEach(o -> found.putIfAbsent(o, DuplicateFlag.Reason.NAME));
		}
		if (excludeId != null) {
			found.keySet().removeIf(o -> o.id().equals(excludeId));
		}
		found.keySet().removeIf(o -> !o.visibleTo(permissions.loggedIn()));
		return found;
	}

	/**
	 * Creates an organisation; the creator becomes its admin. Possible duplicates (the
	 * person was warned and confirmed) are flagged for animators.
	 */
	public Organisation create(OrganisationCommand command) {
		UserRef user = permissions.requireUser();
		Instant now = clock.instant();
		Organisation organisation = new Organisation(command.kind(), command.name(), user.id(), now);
		apply(organisation, command);
		var duplicates = possibleDuplicates(command, null);
		organisations.saveAndFlush(organisation);
		memberships.save(new Membership(organisation.id(), user.id(), null, MembershipRole.ADMIN, now));
		duplicates.forEach((similar, reason) -> duplicateFlags
			.save(new DuplicateFlag(organisation.id(), similar.id(), reason, now)));
		searchChanged(organisation.id());
		organisation.loadDetails();
		return organisation;
	}

	/**
	 * Updates an organisation edited from the given version. When someone saved in
	 * between, a {@link ConflictException} carries the stored version and nothing is
	 * written.
	 */
	public Organisation update(long id, long version, OrganisationCommand command) {
		Organisation organisation = permissions.visible(organisations.findById(id));
		permissions.requireEditor(organisation);
		if (organisation.version() != version) {
			organisation.loadDetails();
			throw new ConflictException(OrganisationView.of(organisation));
		}
		organisation.rename(command.name());
		apply(organisation, command);
		organisation.touch(clock.instant());
		organisations.saveAndFlush(organisation);
		searchChanged(id);
		organisation.loadDetails();
		return organisation;
	}

	public void delete(long id) {
		Organisation organisation = permissions.visible(organisations.findById(id));
		permissions.requireEditor(organisation);
		memberships.deleteByOrganisation(id);
		organisations.delete(organisation);
		organisations.flush();
		searchChanged(id);
		logos.delete(organisation.logoFile());
	}

	/** Tells the global search, in this transaction, that an organisation changed. */
	void searchChanged(long id) {
		events.publishEvent(new SearchEntryChanged(SearchType.ORGANISATION, String.valueOf(id)));
	}

	public void changeLogo(long id, byte[] upload) {
		Organisation organisation = permissions.visible(organisations.findById(id));
		permissions.requireEditor(organisation);
		String previous = organisation.logoFile();
		organisation.changeLogo(logos.store(upload));
		organisation.touch(clock.instant());
		logos.delete(previous);
	}

	/** The stored logo file of a visible organisation. */
	@Transactional(readOnly = true)
	public Optional<java.nio.file.Path> logo(long id) {
		return logos.find(permissions.visible(organisations.findById(id)).logoFile());
	}

	private void apply(Organisation organisation, OrganisationCommand command) {
		organisation.describe(command.kind(), normaliseSiren(command.siren()), normaliseRna(command.rna()),
				blankToNull(command.shortDescription()), blankToNull(command.longDescription()));
		Double latitude = command.latitude();
		Double longitude = command.longitude();
		String communeId = blankToNull(command.communeId());
		if (communeId != null) {
			Territory commune = territories.find(communeId)
				.filter(t -> t.level() == TerritoryLevel.COMMUNE)
				.orElseThrow(() -> new InvalidFieldException("commune", "directory.commune.unknown"));
			if (latitude == null || longitude == null) {
				latitude = commune.latitude();
				longitude = commune.longitude();
			}
		}
		organisation.locate(blankToNull(command.address()), communeId, latitude, longitude);
		Set<String> known = territories.findAll(command.territoryIds()).keySet();
		if (!known.containsAll(command.territoryIds())) {
			throw new InvalidFieldException("territoryIds", "directory.territory.unknown");
		}
		organisation.actIn(command.territoryIds());
		organisation.classify(terms(Vocabulary.THEME, command.themes(), "themes"),
				terms(Vocabulary.COMPETENCY, command.competencies(), "competencies"));
		organisation.contact(blankToNull(command.website()), blankToNull(command.email()),
				blankToNull(command.phone()));
		organisation.show(command.visibility());
	}

	private Set<Term> terms(Vocabulary vocabulary, Set<String> codes, String field) {
		if (codes.isEmpty()) {
			return Set.of();
		}
		List<Term> found = new ArrayList<>(terms.findByVocabularyAndCodeIn(vocabulary, codes));
		if (found.size() != codes.size()) {
			throw new InvalidFieldException(field, "directory.term.unknown");
		}
		return new HashSet<>(found);
	}

	static String normaliseSiren(String siren) {
		String cleaned = blankToNull(RegistryNumbers.clean(siren));
		return cleaned;
	}

	static String normaliseRna(String rna) {
		String cleaned = blankToNull(RegistryNumbers.clean(rna));
		return cleaned == null ? null : cleaned.toUpperCase();
	}

	static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
