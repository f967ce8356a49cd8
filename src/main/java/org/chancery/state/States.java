package org.chancery.state;

import java.util.List;

import org.springframework.data.repository.Repository;

public interface States extends Repository<State, String> {

    List<State> findAllByOrderByCode();

    java.util.Optional<State> findByCode(String code);

    boolean existsByCode(String code);
}
