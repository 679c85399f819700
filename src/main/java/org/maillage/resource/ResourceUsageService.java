package org.maillage.resource;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.maillage.account.CurrentUser;
import org.maillage.account.UserRef;
import org.maillage.common.ForbiddenException;
import org.maillage.directory.Membership;
import org.maillage.directory.MembershipService;
import org.maillage.directory.Organisation;
import org.maillage.directory.OrganisationService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a published resource is received: members say it was useful (once each), and the
 * admins of an organisation declare that their organisation uses it.
 */
@Service
@Transactional
public class ResourceUsageService {

	private final ResourceService resources;

	private final JdbcClient jdbc;

	private final CurrentUser currentUser;

	private final MembershipService memberships;

	private final OrganisationService organisations;

	private final Clock clock = Clock.systemUTC();

	ResourceUsageService(ResourceService resources, JdbcClient jdbc, CurrentUser currentUser,
			MembershipService memberships, OrganisationService organisations) {
		this.resources = resources;
		this.jdbc = jdbc;
		this.currentUser = currentUser;
		this.memberships = memberships;
		this.organisations = organisations;
	}

	/** "Cette ressource m'a été utile": once per member, on a published resource. */
	public void markUseful(long id) {
		UserRef user = currentUser.require();
		Resource resource = published(id);
		if (!isUseful(resource.id())) {
			jdbc.sql("insert into resource_useful (resource_id, user_id, created_at) values (?, ?, ?)")
				.params(id, user.id(), Timestamp.from(clock.instant()))
				.update();
		}
	}

	@Transactional(readOnly = true)
	public boolean isUseful(long id) {
		return currentUser.get()
			.map(user -> jdbc.sql("select count(*) from resource_useful where resource_id = ? and user_id = ?")
				.params(id, user.id())
				.query(Long.class)
				.single() > 0)
			.orElse(false);
	}

	@Transactional(readOnly = true)
	public long usefulCount(long id) {
		return jdbc.sql("select count(*) from resource_useful where resource_id = ?")
			.param(id)
			.query(Long.class)
			.single();
	}

	/** An organisation's admin declares that it uses this resource. */
	public void declareUse(long id, long organisationId) {
		UserRef user = currentUser.require();
		published(id);
		if (!adminOf(user).contains(organisationId)) {
			throw new ForbiddenException("resource.usage.adminOnly");
		}
		long already = jdbc.sql("select count(*) from resource_usage where resource_id = ? and organisation_id = ?")
			.params(id, organisationId)
			.query(Long.class)
			.single();
		if (already == 0) {
			jdbc.sql(
					"insert into resource_usage (resource_id, organisation_id, declared_by, declared_at) values (?, ?, ?, ?)")
				.params(id, organisationId, user.id(), Timestamp.from(clock.instant()))
				.update();
		}
	}

	public void withdrawUse(long id, long organisationId) {
		UserRef user = currentUser.require();
		if (!adminOf(user).contains(organisationId)) {
			throw new ForbiddenException("resource.usage.adminOnly");
		}
		jdbc.sql("delete from resource_usage where resource_id = ? and organisation_id = ?")
			.params(id, organisationId)
			.update();
	}

	/** Organisations that use this resource, as far as the viewer may see them. */
	@Transactional(readOnly = true)
	public List<Organisation> usedBy(long id) {
		return jdbc.sql("select organisation_id from resource_usage where resource_id = ? order by declared_at")
			.param(id)
			.query(Long.class)
			.list()
			.stream()
			.flatMap(orgId -> organisations.find(orgId).stream())
			.toList();
	}

	/** Ids of resources an organisation declared it uses. */
	@Transactional(readOnly = true)
	public List<Long> usedByOrganisation(long organisationId) {
		return jdbc.sql("select resource_id from resource_usage where organisation_id = ? order by declared_at")
			.param(organisationId)
			.query(Long.class)
			.list();
	}

	/** Organisations the current user administers (who may declare a use). */
	@Transactional(readOnly = true)
	public List<Organisation> administeredOrganisations() {
		return currentUser.get()
			.map(user -> adminOf(user).stream().flatMap(orgId -> organisations.find(orgId).stream()).toList())
			.orElse(List.of());
	}

	/** Organisations the current user belongs to (on whose behalf they may write). */
	@Transactional(readOnly = true)
	public List<Organisation> memberOrganisations() {
		return currentUser.get()
			.map(user -> memberships.membershipsOf(user.id())
				.stream()
				.flatMap(m -> organisations.find(m.organisationId()).stream())
				.toList())
			.orElse(List.of());
	}

	private List<Long> adminOf(UserRef user) {
		return memberships.membershipsOf(user.id())
			.stream()
			.filter(Membership::isAdmin)
			.map(Membership::organisationId)
			.toList();
	}

	private Resource published(long id) {
		Resource resource = resources.get(id);
		if (!resource.isPublished()) {
			throw new org.maillage.common.DomainException("resource.usage.notPublished");
		}
		return resource;
	}

}
