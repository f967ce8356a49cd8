package org.chancery.event;

public enum StateSide {
    HOST, GUEST, INITIATOR, RECIPIENT, SIGNATORY, PARTICIPANT
}
