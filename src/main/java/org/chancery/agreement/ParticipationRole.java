package org.chancery.agreement;

/** A party takes steps; a facilitator (the United States for the Abraham Accords) brokers. */
public enum ParticipationRole {
    PARTY, FACILITATOR, OBSERVER
}
