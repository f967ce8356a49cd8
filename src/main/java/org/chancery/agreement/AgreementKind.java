package org.chancery.agreement;

public enum AgreementKind {
    TREATY, ACCORDS, DECLARATION, CONVENTION, MEMORANDUM, OTHER
}
