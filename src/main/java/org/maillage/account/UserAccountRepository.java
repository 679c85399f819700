package org.maillage.account;

import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

	Optional<UserAccount> findByEmail(String email);

	boolean existsByEmail(String email);

	@Query("select count(u) > 0 from UserAccount u where u.roles like '%ADMIN%' and u.enabled = true")
	boolean existsEnabledAdmin();

	@Query("select count(u) from UserAccount u where u.roles like '%ADMIN%' and u.enabled = true")
	long countEnabledAdmins();

	@Query("""
			select u from UserAccount u
			where :q is null
			   or lower(u.email) like concat('%', :q, '%')
			   or lower(u.displayName) like concat('%', :q, '%')
			""")
	Page<UserAccount> search(@Param("q") String q, Pageable pageable);

}
