package org.chancery.event;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

public interface Events extends Repository<Event, Long> {

    Event save(Event event);

    Event saveAndFlush(Event event);

    Optional<Event> findById(Long id);

    List<Event> findByKind(EventKind kind);
}
