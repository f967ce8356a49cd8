package org.chancery.draft;

import org.chancery.event.EventKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The kind of event a sentence reports, from its wording in any form. */
class EventKindsTests {

    @Test
    void readsTheKindFromTheWordsInAnyForm() {
        assertThat(EventKinds.of("Визит главы МИД Израиля в Астану")).contains(EventKind.VISIT);
        assertThat(EventKinds.of("Накануне Гидеон Саар посетил Азербайджан.")).contains(EventKind.VISIT);
        assertThat(EventKinds.of("В ходе недавнего телефонного разговора премьер-министр поблагодарил")).contains(EventKind.CALL);
        assertThat(EventKinds.of("Стороны подписали меморандум о введении безвизового режима")).contains(EventKind.MEMORANDUM);
        assertThat(EventKinds.of("решение о присоединении Казахстана к Соглашениям Авраама")).contains(EventKind.AGREEMENT_STEP);
        assertThat(EventKinds.of("республика стала первым государством, примкнувшим к соглашениям")).contains(EventKind.AGREEMENT_STEP);
        assertThat(EventKinds.of("казахско-израильский бизнес-форум собрал 100 компаний")).contains(EventKind.FORUM);
        assertThat(EventKinds.of("Переговоры министров прошли в Астане")).contains(EventKind.MEETING);
        assertThat(EventKinds.of("Президент направил коллеге телеграмму")).contains(EventKind.STATEMENT);
        assertThat(EventKinds.of("Выступая на пресс-конференции в Астане, министр отметил роль Казахстана")).contains(EventKind.STATEMENT);
        assertThat(EventKinds.of("SCAT начнёт прямые рейсы из Шымкента")).contains(EventKind.TRANSPORT_LINK);
        assertThat(EventKinds.of("The minister visited Baku")).contains(EventKind.VISIT);
        assertThat(EventKinds.of("They held a phone call on Monday")).contains(EventKind.CALL);
    }

    @Test
    void takesTheKindNamedFirstAndNoneWhereNoneIsNamed() {
        assertThat(EventKinds.of("Визит ознаменовал новый этап после присоединения Казахстана")).contains(EventKind.VISIT);
        assertThat(EventKinds.of("Экономический фундамент отношений выглядит солидно")).isEmpty();
    }
}
