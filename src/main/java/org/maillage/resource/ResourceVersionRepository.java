package org.maillage.resource;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ResourceVersionRepository extends JpaRepository<ResourceVersion, Long> {

	List<ResourceVersion> findByResourceIdOrderByNumberDesc(long resourceId);

	int countByResourceId(long resourceId);

}
