package org.chancery.common.api;

/** A record as the API serves it, with the version its ETag carries. */
public interface VersionedResponse {

    long version();
}
