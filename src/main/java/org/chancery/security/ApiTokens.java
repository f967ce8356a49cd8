package org.chancery.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Personal access tokens, always read with their account (one query, no lazy loading later). */
interface ApiTokens extends Repository<ApiToken, Long> {

    ApiToken save(ApiToken token);

    @Query("select t from ApiToken t join fetch t.account where t.tokenHash = :hash")
    Optional<ApiToken> findByHash(String hash);

    @Query("select t from ApiToken t join fetch t.account where t.id = :id")
    Optional<ApiToken> findWithAccountById(long id);

    @Query("select t from ApiToken t join fetch t.account a where a.id = :accountId order by t.createdAt desc, t.id desc")
    List<ApiToken> findAllOfAccount(long accountId);

    @Query("select t from ApiToken t join fetch t.account a order by lower(a.username), t.createdAt desc, t.id desc")
    List<ApiToken> findAllWithAccounts();

    /**
     * Sets the last-used time unless another request already set one within the interval,
     * so concurrent requests with the same token write once between them.
     *
     * @return 1 if written, 0 if a recent enough time was there already
     */
    @Modifying
    @Query("""
            update ApiToken t set t.lastUsedAt = :at
            where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt <= :unlessUsedAfter)""")
    int recordUse(long id, Instant at, Instant unlessUsedAfter);
}
