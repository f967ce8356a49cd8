package org.chancery.event;

import org.chancery.common.RuleViolationException;
import org.chancery.common.UncertainDate;
import org.chancery.source.Citation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventTests {

    private static final Citation ARTICLE = new Citation(4L, "Визит главы МИД Израиля Гидеона Саара в Астану 27 января");

    @Test
    void refusesAnEventWithoutSource() {
        assertThatThrownBy(() -> new Event(EventKind.VISIT, EventStatus.HAPPENED, "Visit", null,
                UncertainDate.day(2026, 1, 27), null))
                .isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).rule()).isEqualTo("event-needs-source");
    }

    @Test
    void refusesToGiveUpItsLastSource() {
        Event visit = new Event(EventKind.VISIT, EventStatus.HAPPENED, "Visit", null, UncertainDate.day(2026, 1, 27), ARTICLE);

        assertThatThrownBy(() -> visit.uncite(4L)).isInstanceOf(RuleViolationException.class);

        visit.cite(new Citation(5L, "another passage"));
        visit.uncite(4L);
        assertThat(visit.getCitations()).extracting(Citation::sourceId).containsExactly(5L);
    }

    @Test
    void refusesAnEventWithoutAnyTitle() {
        assertThatThrownBy(() -> new Event(EventKind.CALL, EventStatus.HAPPENED, " ", null, UncertainDate.month(2026, 1), ARTICLE))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("title");
    }

    @Test
    void refusesCitationWithoutPassage() {
        assertThatThrownBy(() -> new Citation(4L, "  ")).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void keepsEachKindsFieldsToThatKind() {
        Event call = new Event(EventKind.CALL, EventStatus.HAPPENED, "Call", null, UncertainDate.month(2026, 1), ARTICLE);

        call.initiatedBy("IL");
        assertThat(call.getCallInitiatorCode()).isEqualTo("IL");
        assertThatThrownBy(() -> call.describeVisit(VisitLevel.MINISTERIAL, VisitKind.OFFICIAL))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("Only a visit");
        assertThatThrownBy(() -> call.memorandumOn("Visas", null)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void aStateTakesOneSide() {
        Event visit = new Event(EventKind.VISIT, EventStatus.HAPPENED, "Visit", null, UncertainDate.day(2026, 1, 27), ARTICLE);

        visit.involve("KZ", StateSide.GUEST);
        visit.involve("KZ", StateSide.HOST);

        assertThat(visit.getStates()).containsExactly(new EventState("KZ", StateSide.HOST));
    }
}
