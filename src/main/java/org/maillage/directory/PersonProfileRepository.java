package org.maillage.directory;

import org.springframework.data.jpa.repository.JpaRepository;

interface PersonProfileRepository extends JpaRepository<PersonProfile, Long> {

}
