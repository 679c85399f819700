package org.maillage.resource;

import java.util.LinkedHashMap;
import java.util.Map;

import org.maillage.account.PersonalDataContributor;
import org.maillage.search.SearchEntryChanged;
import org.maillage.search.SearchType;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the resource centre keeps about a person: resources written, versions saved,
 * training enrolments, "useful" votes and declared uses. On erasure, drafts are deleted;
 * published resources stay as the network's commons, signed "Ancien membre".
 */
@Component
class ResourcePersonalData implements PersonalDataContributor {

	static final String FORMER_MEMBER = "Ancien membre";

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	ResourcePersonalData(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	@Override
	public String section() {
		return "resource";
	}

	@Override
	@Transactional(readOnly = true)
	public Object export(long userId) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("resources", jdbc
			.sql("select id, kind, title, status, created_at from resource_resource where author_id = ? order by id")
			.param(userId)
			.query()
			.listOfRows());
		data.put("versionsSaved",
				jdbc.sql("select resource_id, number, saved_at from resource_version where saved_by = ? order by id")
					.param(userId)
					.query()
					.listOfRows());
		data.put("enrolments", jdbc.sql("""
				select p.title, e.enrolled_at, e.completed_at,
				       (select count(*) from resource_module_progress m where m.enrolment_id = e.id) as modules_done
				from resource_enrolment e join resource_path p on p.id = e.path_id where e.user_id = ? order by e.id""")
			.param(userId)
			.query()
			.listOfRows());
		data.put("useful",
				jdbc.sql("select resource_id, created_at from resource_useful where user_id = ?")
					.param(userId)
					.query()
					.listOfRows());
		data.put("usesDeclared",
				jdbc.sql("select resource_id, organisation_id, declared_at from resource_usage where declared_by = ?")
					.param(userId)
					.query()
					.listOfRows());
		return data;
	}

	@Override
	@Transactional
	public void erase(long userId) {
		jdbc.sql("delete from resource_resource where author_id = ? and status <> 'PUBLISHED'").param(userId).update();
		jdbc.sql("select id from resource_resource where author_id = ?")
			.param(userId)
			.query(Long.class)
			.list()
			.forEach(id -> events.publishEvent(new SearchEntryChanged(SearchType.RESOURCE, String.valueOf(id))));
		jdbc.sql("update resource_resource set author_id = 0, author_name = ? where author_id = ?")
			.params(FORMER_MEMBER, userId)
			.update();
		jdbc.sql("update resource_version set saved_by = null, saved_by_name = ? where saved_by = ?")
			.params(FORMER_MEMBER, userId)
			.update();
		jdbc.sql("delete from resource_enrolment where user_id = ?").param(userId).update();
		jdbc.sql("delete from resource_useful where user_id = ?").param(userId).update();
		jdbc.sql("update resource_usage set declared_by = 0 where declared_by = ?").param(userId).update();
		jdbc.sql("update resource_kit set created_by = 0 where created_by = ?").param(userId).update();
		jdbc.sql("update resource_path set created_by = 0 where created_by = ?").param(userId).update();
	}

}
