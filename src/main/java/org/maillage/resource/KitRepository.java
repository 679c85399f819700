package org.maillage.resource;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface KitRepository extends JpaRepository<Kit, Long> {

	List<Kit> findAllByOrderByTitleAsc();

}
