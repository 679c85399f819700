package org.maillage.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PersonalAccessTokenRepository extends JpaRepository<PersonalAccessToken, Long> {

	Optional<PersonalAccessToken> findByTokenHash(String tokenHash);

	List<PersonalAccessToken> findByUserIdOrderByCreatedAtDescIdDesc(long userId);

	/**
	 * Records a use at most once a minute, so that busy API clients do not write on every
	 * call.
	 */
	@Modifying
	@Query("""
			update PersonalAccessToken t set t.lastUsedAt = :now
			where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt < :before)
			""")
	int touch(@Param("id") long id, @Param("now") Instant now, @Param("before") Instant before);

	@Modifying
	@Query("delete from PersonalAccessToken t where t.userId = :userId")
	int deleteByUser(@Param("userId") long userId);

}
