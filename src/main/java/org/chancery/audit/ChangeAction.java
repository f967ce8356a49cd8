package org.chancery.audit;

public enum ChangeAction {
    CREATED, UPDATED, DELETED, RESTORED
}
