package org.chancery.event;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.chancery.common.KnownRecords;

/**
 * What the checks of an event ask about the record: which references name nothing, and the
 * latest publication day of its sources. Asked of the database each time for one event, or
 * answered from what was looked up once for a whole import.
 */
interface EventReferences {

    Set<String> unknownStates(Collection<String> codes);

    Set<String> unknownTopics(Collection<String> codes);

    Set<Long> unknownLive(KnownRecords.Table table, Collection<Long> ids);

    /** As {@link KnownRecords#lastPublished}. */
    Optional<LocalDate> lastPublished(Collection<Long> sourceIds);

    static EventReferences of(KnownRecords known) {
        return new EventReferences() {
            @Override
            public Set<String> unknownStates(Collection<String> codes) {
                return known.unknownStates(codes);
            }

            @Override
            public Set<String> unknownTopics(Collection<String> codes) {
                return known.unknownTopics(codes);
            }

            @Override
            public Set<Long> unknownLive(KnownRecords.Table table, Collection<Long> ids) {
                return known.unknownLive(table, ids);
            }

            @Override
            public Optional<LocalDate> lastPublished(Collection<Long> sourceIds) {
                return known.lastPublished(sourceIds);
            }
        };
    }

    /** Every reference of {@code commands} looked up at once: one statement a kind, whatever their number. */
    static EventReferences preloaded(KnownRecords known, List<EventCommand> commands) {
        Set<String> states = new HashSet<>();
        Set<String> topics = new HashSet<>();
        Set<Long> sources = new HashSet<>();
        Set<Long> persons = new HashSet<>();
        Set<Long> institutions = new HashSet<>();
        Set<Long> agreements = new HashSet<>();
        for (EventCommand command : commands) {
            command.states().forEach(state -> states.add(state.code()));
            if (command.place() != null && command.place().state() != null) {
                states.add(command.place().state());
            }
            if (command.call() != null) {
                states.add(command.call().initiator());
            }
            topics.addAll(command.topicsOrNone());
            command.sources().forEach(source -> sources.add(source.sourceId()));
            command.participantsOrNone().forEach(participant -> persons.add(participant.personId()));
            command.institutionsOrNone().forEach(institution -> institutions.add(institution.institutionId()));
            if (command.agreementId() != null) {
                agreements.add(command.agreementId());
            }
        }
        states.removeIf(Objects::isNull);
        Set<String> unknownStates = known.unknownStates(states);
        Set<String> unknownTopics = known.unknownTopics(topics);
        Map<KnownRecords.Table, Set<Long>> unknown = Map.of(
                KnownRecords.Table.SOURCE, known.unknownLive(KnownRecords.Table.SOURCE, sources),
                KnownRecords.Table.PERSON, known.unknownLive(KnownRecords.Table.PERSON, persons),
                KnownRecords.Table.INSTITUTION, known.unknownLive(KnownRecords.Table.INSTITUTION, institutions),
                KnownRecords.Table.AGREEMENT, known.unknownLive(KnownRecords.Table.AGREEMENT, agreements));
        Map<Long, Optional<LocalDate>> published = known.publicationDays(sources);
        return new EventReferences() {
            @Override
            public Set<String> unknownStates(Collection<String> codes) {
                return codes.stream().filter(code -> code == null || unknownStates.contains(code)).collect(Collectors.toSet());
            }

            @Override
            public Set<String> unknownTopics(Collection<String> codes) {
                return codes.stream().filter(unknownTopics::contains).collect(Collectors.toSet());
            }

            @Override
            public Set<Long> unknownLive(KnownRecords.Table table, Collection<Long> ids) {
                return ids.stream().filter(unknown.get(table)::contains).collect(Collectors.toSet());
            }

            @Override
            public Optional<LocalDate> lastPublished(Collection<Long> sourceIds) {
                List<Optional<LocalDate>> days = sourceIds.stream().filter(published::containsKey).map(published::get).toList();
                if (days.isEmpty() || days.stream().anyMatch(Optional::isEmpty)) {
                    return Optional.empty();
                }
                return days.stream().map(Optional::orElseThrow).max(LocalDate::compareTo);
            }
        };
    }
}
