package org.maillage.project;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ActionRepository extends JpaRepository<Action, Long> {

	/** A project's actions with their who-does-what roles, in one query. */
	@Query("select distinct a from Action a left join fetch a.roles where a.projectId = ?1 order by a.dueDate nulls last, a.id")
	List<Action> findByProject(long projectId);

	/**
	 * Open actions a person is responsible for, with their project's title, in one query.
	 */
	@Query(value = """
			select new org.maillage.project.MyAction(a.id, a.title, a.startDate, a.dueDate, a.status, a.progress,
				p.id, p.title)
			from Action a join Project p on p.id = a.projectId
			where a.responsibleUserId = ?1 and a.status in ?2
			order by a.dueDate nulls last, a.id""",
			countQuery = "select count(a) from Action a where a.responsibleUserId = ?1 and a.status in ?2")
	org.springframework.data.domain.Page<MyAction> findMine(long userId, List<ActionStatus> statuses,
			org.springframework.data.domain.Pageable page);

}
