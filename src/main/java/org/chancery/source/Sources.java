package org.chancery.source;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface Sources extends Repository<Source, Long> {

    Source save(Source source);

    Source saveAndFlush(Source source);

    Optional<Source> findById(Long id);

    List<Source> findAllByOrderByPublishedOnDescIdDesc();
}
