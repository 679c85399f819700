package org.maillage.directory;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.maillage.common.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Animators review organisations created despite looking like existing ones. */
@Service
@Transactional
public class DuplicateReview {

	private final DuplicateFlagRepository flags;

	private final OrganisationRepository organisations;

	private final OrganisationPermissions permissions;

	DuplicateReview(DuplicateFlagRepository flags, OrganisationRepository organisations,
			OrganisationPermissions permissions) {
		this.flags = flags;
		this.organisations = organisations;
		this.permissions = permissions;
	}

	@Transactional(readOnly = true)
	public List<DuplicateFlag> open() {
		permissions.requireAnimator();
		return flags.findByResolvedFalseOrderByCreatedAt();
	}

	/** The two are distinct, or were merged by hand: the flag goes away. */
	public void resolve(long flagId) {
		permissions.requireAnimator();
		flags.findById(flagId).orElseThrow(NotFoundException::new).resolve();
	}

	@Transactional(readOnly = true)
	Map<Long, String> names(Collection<Long> ids) {
		return organisations.findAllById(ids).stream().collect(Collectors.toMap(Organisation::id, Organisation::name));
	}

}
