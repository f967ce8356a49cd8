package org.chancery.agreement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.chancery.common.Text;
import org.jspecify.annotations.Nullable;

/**
 * An agreement itself as staff and scripts write it, without its participations (those are
 * written one by one, as sub-resources): names, kind, whether it is multilateral, a summary,
 * and the date it was opened as recorded (EDTF, such as {@code 2020/2021}). The same form
 * serves create, replace and, with a merge patch applied to {@link #from(Agreement)}, patch.
 */
public record AgreementCommand(
        @NotNull @Valid Name name,
        @NotNull AgreementKind kind,
        @NotNull Boolean multilateral,
        @Nullable @Valid Text summary,
        @Nullable @Size(max = 40) String opened) {

    /** An agreement is named in both languages of the record. */
    public record Name(@NotBlank @Size(max = 500) String en, @NotBlank @Size(max = 500) String ru) {
    }

    /** The agreement as it stands, in this form. */
    public static AgreementCommand from(Agreement agreement) {
        return new AgreementCommand(new Name(agreement.getNameEn(), agreement.getNameRu()), agreement.getKind(),
                agreement.isMultilateral(),
                agreement.getSummaryEn() == null && agreement.getSummaryRu() == null ? null
                        : new Text(agreement.getSummaryEn(), agreement.getSummaryRu()),
                agreement.getOpened() == null ? null : agreement.getOpened().toEdtf());
    }
}
