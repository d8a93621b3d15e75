package org.placementledger.api.catalogue;

/** Create a custom trait unless it exists; answers true when created. */
public record EnsureTraitCommand(String name) {

    /** Placement's fixed refusal of a name outside ^CUSTOM_[A-Z0-9_]+$ (or longer than 255). */
    public static final String INVALID_NAME = "The trait is invalid. A valid trait must be no longer than 255 "
            + "characters, start with the prefix \"CUSTOM_\" and use following characters: \"A\"-\"Z\", "
            + "\"0\"-\"9\" and \"_\"";
}
