package org.chancery.event;

public enum VisitLevel {
    HEAD_OF_STATE, HEAD_OF_GOVERNMENT, MINISTERIAL, PARLIAMENTARY, OFFICIAL, DELEGATION
}
