package org.chancery.security;

import org.chancery.common.RuleViolationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountTests {

    private final Account admin = stored(1, new Account("admin", "{noop}unused", Role.ADMIN));
    private final Account otherAdmin = stored(2, new Account("other-admin", "{noop}unused", Role.ADMIN));
    private final Account editor = stored(3, new Account("editor", "{noop}unused", Role.EDITOR));

    @Test
    void anAdminChangesAnothersRoleAndStatus() {
        editor.update(Role.VIEWER, false, admin, 2);

        assertThat(editor.getRole()).isEqualTo(Role.VIEWER);
        assertThat(editor.isEnabled()).isFalse();
    }

    @Test
    void refusesToLetAnAdminDemoteThemselves() {
        assertThatThrownBy(() -> admin.update(Role.EDITOR, true, admin, 2))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        refused -> assertThat(refused.rule()).isEqualTo("account-own-role"));
        assertThat(admin.getRole()).isEqualTo(Role.ADMIN);
    }

    @Test
    void refusesToLetAnAdminDisableThemselves() {
        assertThatThrownBy(() -> admin.update(Role.ADMIN, false, admin, 2))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        refused -> assertThat(refused.rule()).isEqualTo("account-own-disable"));
        assertThat(admin.isEnabled()).isTrue();
    }

    @Test
    void keepsTheLastEnabledAdminOneWhoeverAsks() {
        // Two admins demoting each other at once: the second to get the lock sees one admin left.
        assertThatThrownBy(() -> otherAdmin.update(Role.EDITOR, true, admin, 1))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        refused -> assertThat(refused.rule()).isEqualTo("account-last-admin"));
        assertThatThrownBy(() -> otherAdmin.update(Role.ADMIN, false, admin, 1))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        refused -> assertThat(refused.rule()).isEqualTo("account-last-admin"));
        assertThat(otherAdmin.isEnabledAdmin()).isTrue();

        otherAdmin.update(Role.EDITOR, true, admin, 2);
        assertThat(otherAdmin.getRole()).isEqualTo(Role.EDITOR);
    }

    @Test
    void anAdminMaySaveTheirOwnAccountUnchanged() {
        admin.update(Role.ADMIN, true, admin, 1);

        assertThat(admin.isEnabledAdmin()).isTrue();
    }

    @Test
    void aDisabledAdminIsNotCountedAsTheLastOne() {
        otherAdmin.update(Role.ADMIN, false, admin, 2);

        otherAdmin.update(Role.EDITOR, false, admin, 1);
        assertThat(otherAdmin.getRole()).isEqualTo(Role.EDITOR);
    }

    @Test
    void refusesAMalformedUsername() {
        assertThatThrownBy(() -> new Account("<script>", "{noop}unused", Role.VIEWER))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        refused -> assertThat(refused.rule()).isEqualTo("account-username"));
    }

    @Test
    void generatedPasswordsAreLongEnoughAndDiffer() {
        String one = PasswordPolicy.generate();

        assertThat(one).matches("[A-Za-z2-9]{5}(-[A-Za-z2-9]{5}){3}");
        assertThat(PasswordPolicy.isLongEnough(one) && PasswordPolicy.isShortEnough(one)).isTrue();
        assertThat(PasswordPolicy.generate()).isNotEqualTo(one);
    }

    @Test
    void aPasswordIsMeasuredInCharactersAndBytes() {
        assertThat(PasswordPolicy.isLongEnough("эльбрус-казбек")).isTrue();
        assertThat(PasswordPolicy.isLongEnough("eleven-char")).isFalse();
        assertThat(PasswordPolicy.isShortEnough("a".repeat(72))).isTrue();
        assertThat(PasswordPolicy.isShortEnough("я".repeat(37))).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "aaaaaaaaaaaa | ignored | REPETITIVE",
            "abababababab | ignored | REPETITIVE",
            "password1234 | ignored | COMMON",
            "Password2026! | ignored | COMMON",
            "qwertyuiop[] | ignored | COMMON",
            "123456789012 | ignored | COMMON",
            "'            ' | ignored | BLANK",
            "mary-smith-secret-garden | Mary-Smith | CONTAINS_USERNAME",
            "test-admin-password | test-admin | CONTAINS_USERNAME",
            "eleven-char | ignored | TOO_SHORT"})
    void refusesWeakPasswords(String password, String username, PasswordPolicy.Refusal refusal) {
        assertThat(PasswordPolicy.refusal(password, username)).contains(refusal);
    }

    @Test
    void acceptsALongUncommonPassphrase() {
        assertThat(PasswordPolicy.refusal("quiet-harbour-lantern-42", "test-admin")).isEmpty();
        assertThat(PasswordPolicy.refusal("эльбрус-казбек", null)).isEmpty();
        assertThat(PasswordPolicy.refusal(PasswordPolicy.generate(), "admin")).isEmpty();
    }

    private static Account stored(long id, Account account) {
        ReflectionTestUtils.setField(account, "id", id);
        return account;
    }
}
