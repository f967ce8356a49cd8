package org.chancery.event;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** An institution in an event: a memorandum's signatory ministry, a forum's organiser. */
@Embeddable
public record EventInstitution(
        @Column(name = "institution_id", nullable = false) Long institutionId,
        @Enumerated(EnumType.STRING) @Column(nullable = false, length = 16) InstitutionRole role) {
}
