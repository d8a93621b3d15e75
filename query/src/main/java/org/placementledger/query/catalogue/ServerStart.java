package org.placementledger.query.catalogue;

import java.time.Instant;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * When this server started: the creation time Placement's start-up sync gives the standard
 * resource classes and traits, which are shipped lists rather than rows.
 */
@Component
public class ServerStart {

    private final Instant at;

    @Autowired
    public ServerStart() {
        this(Instant.now());
    }

    public ServerStart(Instant at) {
        this.at = at;
    }

    public Instant at() {
        return at;
    }
}
