package org.chancery.event;

public enum VisitKind {
    STATE, OFFICIAL, WORKING, PRIVATE
}
