package org.chancery.event;

public enum ParticipantRole {
    HOST, GUEST, INITIATOR, RECIPIENT, SIGNATORY, SPEAKER, PARTICIPANT
}
