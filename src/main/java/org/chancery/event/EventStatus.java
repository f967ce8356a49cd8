package org.chancery.event;

public enum EventStatus {
    PLANNED, HAPPENED, CANCELLED, POSTPONED
}
