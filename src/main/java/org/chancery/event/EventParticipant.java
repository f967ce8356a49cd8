package org.chancery.event;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A person taking part in an event. The office they held is looked up by the event's date. */
@Embeddable
public record EventParticipant(
        @Column(name = "person_id", nullable = false) Long personId,
        @Enumerated(EnumType.STRING) @Column(nullable = false, length = 16) ParticipantRole role) {
}
