package org.chancery.event;

public enum EventKind {
    VISIT, CALL, MEETING, MEMORANDUM, AGREEMENT_STEP, STATEMENT, FORUM, TRANSPORT_LINK, OTHER
}
