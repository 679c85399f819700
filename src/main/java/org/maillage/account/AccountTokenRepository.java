package org.maillage.account;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AccountTokenRepository extends JpaRepository<AccountToken, Long> {

	Optional<AccountToken> findByTokenHashAndPurpose(String tokenHash, AccountToken.Purpose purpose);

	/** Older links of the same kind stop working when a new one is sent. */
	@Modifying
	@Query("""
			update AccountToken t set t.usedAt = :now
			where t.userId = :userId and t.purpose = :purpose and t.usedAt is null
			""")
	int retire(@Param("userId") long userId, @Param("purpose") AccountToken.Purpose purpose, @Param("now") Instant now);

	@Modifying
	@Query("delete from AccountToken t where t.userId = :userId")
	int deleteByUser(@Param("userId") long userId);

	@Modifying
	@Query("delete from AccountToken t where t.expiresAt < :before")
	int deleteExpiredBefore(@Param("before") Instant before);

}
