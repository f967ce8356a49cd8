package org.chancery.event;

public enum InstitutionRole {
    SIGNATORY, ORGANIZER, PARTICIPANT
}
