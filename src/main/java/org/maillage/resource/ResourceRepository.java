package org.maillage.resource;

import java.util.Collection;
import java.util.List;

import org.maillage.directory.Visibility;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ResourceRepository extends JpaRepository<Resource, Long> {

	@Query("""
			select r from Resource r
			where r.status = org.maillage.resource.PublicationStatus.PUBLISHED
			  and r.visibility in :visibilities
			  and (:kind is null or r.kind = :kind)
			  and (:licence is null or r.licence = :licence)
			  and (:maturity is null or r.maturity = :maturity)
			  and lower(coalesce(r.audience, '')) like :audiencePattern
			  and (:theme is null or :theme member of r.themes)
			  and (:territory is null or :territory member of r.territories)
			""")
	Page<Resource> findPublished(@Param("visibilities") Collection<Visibility> visibilities,
			@Param("kind") ResourceKind kind, @Param("licence") Licence licence, @Param("maturity") Maturity maturity,
			@Param("audiencePattern") String audiencePattern, @Param("theme") String theme,
			@Param("territory") String territory, Pageable pageable);

	List<Resource> findByStatusOrderByUpdatedAtAsc(PublicationStatus status);

	List<Resource> findByAuthorIdOrderByUpdatedAtDesc(long authorId);

	@Query("select r from Resource r where :organisationId member of r.organisations and r.status = org.maillage.resource.PublicationStatus.PUBLISHED order by r.title")
	List<Resource> findPublishedByOrganisation(@Param("organisationId") long organisationId);

	@Query("select r.id from Resource r order by r.id")
	List<Long> findAllIds();

	@Modifying
	@Query("update Resource r set r.viewCount = r.viewCount + 1 where r.id = :id")
	void countView(@Param("id") long id);

	@Modifying
	@Query("update Resource r set r.downloadCount = r.downloadCount + 1 where r.id = :id")
	void countDownload(@Param("id") long id);

}
