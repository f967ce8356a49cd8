package org.chancery.event;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A state involved in an event, and on which side: host, guest, initiator … */
@Embeddable
public record EventState(
        @JdbcTypeCode(SqlTypes.CHAR) @Column(name = "state_code", length = 2, nullable = false) String stateCode,
        @Enumerated(EnumType.STRING) @Column(nullable = false, length = 16) StateSide side) {
}
