package org.chancery.security;

import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface Accounts extends Repository<Account, Long> {

    Account save(Account account);

    @Query("select a from Account a where lower(a.username) = lower(:username)")
    Optional<Account> findByUsername(String username);

    boolean existsByRole(Role role);

    void delete(Account account);
}
