package org.chancery.topic;

import java.util.List;

import org.springframework.data.repository.Repository;

public interface Topics extends Repository<Topic, String> {

    List<Topic> findAllByOrderByCode();

    boolean existsByCode(String code);
}
