package org.placementledger.server.policy;

/** A check string or policy file that cannot be understood; raised at startup, never per request. */
public class PolicySyntaxException extends IllegalArgumentException {

    public PolicySyntaxException(String message) {
        super(message);
    }

    public PolicySyntaxException(String message, Throwable cause) {
        super(message, cause);
    }
}
