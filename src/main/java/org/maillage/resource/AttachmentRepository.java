package org.maillage.resource;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AttachmentRepository extends JpaRepository<Attachment, Long> {

	List<Attachment> findByResourceIdOrderByIdAsc(long resourceId);

	boolean existsByResourceId(long resourceId);

}
