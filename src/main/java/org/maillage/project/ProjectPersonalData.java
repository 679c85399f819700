package org.maillage.project;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.maillage.account.AccountDirectory;
import org.maillage.account.PersonalDataContributor;
import org.maillage.account.UserRef;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What projects keep about a person: steering committee seats, actions they are
 * responsible for, the updates and measurements they wrote, partner contacts, decisions
 * recorded in their name and projects they created. On erasure the project history stays
 * whole and readable: seats are removed (a seat is only the person), the responsible
 * partner of an action stays while the person is cleared, updates and measurements are
 * signed "Compte supprimé", decisions taken in the person's name "Ancien membre".
 */
@Component
class ProjectPersonalData implements PersonalDataContributor {

	/** Author shown on updates and measurements of a deleted account. */
	static final String DELETED_ACCOUNT = "Compte supprimé";

	/** Who decided, when the decision log named a person whose account is deleted. */
	static final String FORMER_MEMBER = "Ancien membre";

	/**
	 * The projects a person took part in (named parameter {@code user}): a "who decided"
	 * bearing their name is taken as theirs only there, so that a namesake elsewhere
	 * keeps their decisions.
	 */
	private static final String PROJECTS_TAKEN_PART_IN = """
			select project_id from project_committee_member where user_id = :user
			union select project_id from project_action where responsible_user_id = :user
			union select a.project_id from project_action_update u join project_action a on a.id = u.action_id
			      where u.author_id = :user
			union select i.project_id from project_measurement m join project_indicator i on i.id = m.indicator_id
			      where m.author_id = :user
			union select project_id from project_partner where contact_user_id = :user
			union select id from project_project where created_by = :user""";

	private final JdbcClient jdbc;

	private final AccountDirectory accounts;

	ProjectPersonalData(JdbcClient jdbc, AccountDirectory accounts) {
		this.jdbc = jdbc;
		this.accounts = accounts;
	}

	@Override
	public String section() {
		return "project";
	}

	record CommitteeSeat(long projectId, String project, String name, String organisation, String function) {
	}

	record ResponsibleFor(long projectId, String project, long actionId, String action, String status, int progress,
			String startDate, String dueDate) {
	}

	record UpdateWritten(long projectId, String project, String action, String at, String status, int progress,
			String note) {
	}

	record MeasurementWritten(long projectId, String project, String indicator, String measuredOn, double value,
			String comment) {
	}

	record PartnerContact(long projectId, String project, String organisation, String contactName) {
	}

	record DecisionInMyName(long projectId, String project, String decidedOn, String decision) {
	}

	record ProjectCreated(long projectId, String project, String createdAt) {
	}

	@Override
	@Transactional(readOnly = true)
	public Object export(long userId) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("committeeSeats",
				jdbc.sql("""
						select p.id, p.title, c.name, c.organisation_name, c.function
						from project_committee_member c join project_project p on p.id = c.project_id
						where c.user_id = ? order by p.title, c.id""")
					.param(userId)
					.query((rs, n) -> new CommitteeSeat(rs.getLong(1), rs.getString(2), rs.getString(3),
							rs.getString(4), rs.getString(5)))
					.list());
		data.put("actionsResponsible",
				jdbc.sql("""
						select p.id, p.title, a.id, a.title, a.status, a.progress, a.start_date, a.due_date
						from project_action a join project_project p on p.id = a.project_id
						where a.responsible_user_id = ? order by p.title, a.due_date nulls last, a.id""")
					.param(userId)
					.query((rs, n) -> new ResponsibleFor(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
							rs.getString(5), rs.getInt(6), text(rs.getObject(7)), text(rs.getObject(8))))
					.list());
		data.put("updatesWritten",
				jdbc.sql("""
						select p.id, p.title, a.title, u.created_at, u.status, u.progress, u.note
						from project_action_update u join project_action a on a.id = u.action_id
						join project_project p on p.id = a.project_id
						where u.author_id = ? order by u.created_at, u.id""")
					.param(userId)
					.query((rs, n) -> new UpdateWritten(rs.getLong(1), rs.getString(2), rs.getString(3),
							text(rs.getObject(4, java.time.OffsetDateTime.class)), rs.getString(5), rs.getInt(6),
							rs.getString(7)))
					.list());
		data.put("measurementsWritten",
				jdbc.sql("""
						select p.id, p.title, i.name, m.measured_on, m.measured, m.comment
						from project_measurement m join project_indicator i on i.id = m.indicator_id
						join project_project p on p.id = i.project_id
						where m.author_id = ? order by m.measured_on, m.id""")
					.param(userId)
					.query((rs, n) -> new MeasurementWritten(rs.getLong(1), rs.getString(2), rs.getString(3),
							text(rs.getObject(4)), rs.getDouble(5), rs.getString(6)))
					.list());
		data.put("partnerContacts", jdbc.sql("""
				select p.id, p.title, pa.organisation_name, pa.contact_name
				from project_partner pa join project_project p on p.id = pa.project_id
				where pa.contact_user_id = ? order by p.title, pa.id""")
			.param(userId)
			.query((rs, n) -> new PartnerContact(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.list());
		List<String> names = names(userId);
		data.put("decisionsInMyName",
				names.isEmpty() ? List.of()
						: jdbc.sql("""
								select p.id, p.title, d.decided_on, d.decision
								from project_decision d join project_project p on p.id = d.project_id
								where lower(trim(d.decided_by)) in (:names) and d.project_id in (%s)
								order by d.decided_on, d.id""".formatted(PROJECTS_TAKEN_PART_IN))
							.param("names", names)
							.param("user", userId)
							.query((rs, n) -> new DecisionInMyName(rs.getLong(1), rs.getString(2),
									text(rs.getObject(3)), rs.getString(4)))
							.list());
		data.put("projectsCreated",
				jdbc.sql("select id, title, created_at from project_project where created_by = ? order by id")
					.param(userId)
					.query((rs, n) -> new ProjectCreated(rs.getLong(1), rs.getString(2),
							text(rs.getObject(3, java.time.OffsetDateTime.class))))
					.list());
		return data;
	}

	/**
	 * Called inside the account-deletion transaction, before the account row goes; the
	 * action's version moves so that a form opened before sees the change instead of
	 * putting the person back.
	 */
	@Override
	@Transactional
	public void erase(long userId) {
		List<String> names = names(userId);
		if (!names.isEmpty()) {
			jdbc.sql("""
					update project_decision set decided_by = :former
					where lower(trim(decided_by)) in (:names) and project_id in (%s)"""
				.formatted(PROJECTS_TAKEN_PART_IN))
				.param("former", FORMER_MEMBER)
				.param("names", names)
				.param("user", userId)
				.update();
		}
		jdbc.sql("delete from project_committee_member where user_id = ?").param(userId).update();
		jdbc.sql("""
				update project_action set responsible_user_id = null, responsible_name = null, version = version + 1
				where responsible_user_id = ?""").param(userId).update();
		jdbc.sql("update project_action_update set author_id = null, author_name = ? where author_id = ?")
			.params(DELETED_ACCOUNT, userId)
			.update();
		jdbc.sql("update project_measurement set author_id = null, author_name = ? where author_id = ?")
			.params(DELETED_ACCOUNT, userId)
			.update();
		jdbc.sql("update project_partner set contact_user_id = null, contact_name = null where contact_user_id = ?")
			.param(userId)
			.update();
		jdbc.sql("update project_project set created_by = null where created_by = ?").param(userId).update();
	}

	/**
	 * The names a decision log would give the person: their account's name and the names
	 * their committee seats were recorded under, trimmed and in lower case.
	 */
	private List<String> names(long userId) {
		var names = new java.util.TreeSet<String>();
		accounts.findById(userId).map(UserRef::displayName).ifPresent(names::add);
		names.addAll(jdbc.sql("select name from project_committee_member where user_id = ?")
			.param(userId)
			.query(String.class)
			.list());
		return names.stream()
			.filter(java.util.Objects::nonNull)
			.map(name -> name.strip().toLowerCase(java.util.Locale.ROOT))
			.filter(name -> !name.isEmpty())
			.distinct()
			.toList();
	}

	private static String text(Object value) {
		return value == null ? null : value.toString();
	}

}
