package org.chancery.event.timeline.web;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.chancery.event.EventKind;
import org.chancery.event.EventStatus;
import org.chancery.state.StateQueries;
import org.chancery.state.StateQueries.StateName;
import org.chancery.topic.TopicQueries;
import org.chancery.topic.TopicQueries.TopicName;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the timeline's filters offer, as of one version of the record and in one language: every
 * state (and the type-ahead's options), every topic, the kinds and statuses by name. Read once a
 * version: each page read the states and topics again (two statements, some 250 rows) and wrote
 * the type-ahead's 250 options again, a third of the page's own work when its list was short
 * (docs/benchmarks.md). A write to the record, a state or a topic included, moves its version
 * ({@code V122}), so what a page offers is never older than what it lists.
 */
@Component
class TimelineFilterWords {

    /** The filters' words of one version and language. */
    record Words(Map<String, StateName> statesByCode, String stateOptions, Map<String, String> topics,
            Map<String, String> kinds, Map<String, String> statuses) {
    }

    private record Key(long version, Locale locale) {
    }

    // a few versions at once (a write moves it while pages of the one before are still rendered) and two languages
    private final Cache<Key, Words> kept = Caffeine.newBuilder().maximumSize(8).build();

    private final StateQueries states;
    private final TopicQueries topics;
    private final MessageSource messages;

    TimelineFilterWords(StateQueries states, TopicQueries topics, MessageSource messages) {
        this.states = states;
        this.topics = topics;
        this.messages = messages;
    }

    /**
     * The words as of {@code version}, the record's version read in the caller's transaction:
     * read in it too the first time.
     */
    Words of(long version, Locale locale) {
        return kept.get(new Key(version, locale), key -> read(locale));
    }

    private Words read(Locale locale) {
        List<StateName> all = states.all();
        Map<String, StateName> byCode = all.stream().collect(Collectors.toUnmodifiableMap(StateName::code, name -> name));
        List<TopicName> vocabulary = topics.all();
        Map<String, String> topicNames = new LinkedHashMap<>();
        vocabulary.forEach(topic -> topicNames.put(topic.code(), topic.name(locale)));
        Map<String, String> kinds = new LinkedHashMap<>();
        for (EventKind kind : EventKind.values()) {
            kinds.put(kind.name(), messages.getMessage("event.kind." + kind.name(), null, locale));
        }
        Map<String, String> statuses = new LinkedHashMap<>();
        for (EventStatus status : EventStatus.values()) {
            statuses.put(status.name(), messages.getMessage("event.status." + status.name(), null, locale));
        }
        return new Words(byCode, StateOptions.html(all, locale), Collections.unmodifiableMap(topicNames),
                Collections.unmodifiableMap(kinds), Collections.unmodifiableMap(statuses));
    }
}
