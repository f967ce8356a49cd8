package org.chancery.topic;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface Topics extends Repository<Topic, String> {

    Topic saveAndFlush(Topic topic);

    Optional<Topic> findById(String code);

    void delete(Topic topic);

    List<Topic> findAllByOrderByCode();

    boolean existsByCode(String code);
}
