package org.chancery.common.api;

import org.chancery.common.query.WhereClause;

import org.chancery.common.InvalidParameterException;
import org.chancery.common.query.ChangePosition;
import org.chancery.common.query.KeysetCursor;

import java.time.LocalDate;
import java.util.Set;

import org.chancery.institution.InstitutionKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ListParametersTests {

    @Test
    void readableValuesAreRead() {
        ListParameters parameters = new ListParameters();

        assertThat(parameters.limit(null)).isEqualTo(50);
        assertThat(parameters.limit("500")).isEqualTo(500);
        assertThat(parameters.flag("count", "TRUE")).isTrue();
        assertThat(parameters.day("from", "2026-01-27")).isEqualTo(LocalDate.of(2026, 1, 27));
        assertThat(parameters.oneOf("kind", "ministry", InstitutionKind.class)).isEqualTo(InstitutionKind.MINISTRY);
        assertThat(parameters.stateCode("state", "kz", Set.of("KZ")::contains)).isEqualTo("KZ");
        String position = parameters.cursor(KeysetCursor.of("name", "a", 1).encode(), "name", cursor -> cursor.key(0));
        assertThat(position).isEqualTo("a");
        parameters.check();
    }

    @Test
    void everyUnreadableValueIsNamedAtOnce() {
        ListParameters parameters = new ListParameters();
        parameters.limit("501");
        parameters.flag("count", "yes");
        parameters.day("from", "2026-02-30");
        parameters.instant("updatedSince", "yesterday");
        parameters.oneOf("kind", "picnic", InstitutionKind.class);
        parameters.stateCode("state", "XX", Set.of("KZ")::contains);

        assertThatThrownBy(parameters::check).isInstanceOfSatisfying(InvalidParameterException.class, problem ->
                assertThat(problem.parameters()).extracting(InvalidParameterException.InvalidParameter::name)
                        .containsExactly("limit", "count", "from", "updatedSince", "kind", "state"));
    }

    @Test
    void aCursorOfAnotherOrderOrWithUnreadableKeysIsRefused() {
        ListParameters parameters = new ListParameters();

        String otherOrder = parameters.cursor(KeysetCursor.of("sync", "x", 1).encode(), "name", cursor -> cursor.key(0));
        assertThat(otherOrder).isNull();
        assertThat(parameters.cursor(KeysetCursor.of("sync", "x", 1).encode(), "sync", ChangePosition::from)).isNull();
        assertThat(parameters.cursor("tampered", "sync", ChangePosition::from)).isNull();
        assertThatThrownBy(parameters::check).isInstanceOfSatisfying(InvalidParameterException.class, problem ->
                assertThat(problem.parameters()).hasSize(3));
    }

    @Test
    void textIsMatchedLiterallyNotAsAPattern() {
        assertThat(WhereClause.containing("100%_a\\b")).isEqualTo("%100\\%\\_a\\\\b%");
        assertThat(ListParameters.text("  ")).isNull();
    }
}
