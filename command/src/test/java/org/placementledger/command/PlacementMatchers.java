package org.placementledger.command;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.placementledger.api.error.ErrorCode;
import org.placementledger.api.error.ErrorKind;
import org.placementledger.api.error.PlacementException;

/** Matchers for the refusals that aggregate fixtures expect. */
public final class PlacementMatchers {

    private PlacementMatchers() {
    }

    /** A PlacementException of this kind and code. */
    public static Matcher<PlacementException> refusal(ErrorKind kind, ErrorCode code) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(PlacementException e) {
                return e.kind() == kind && e.code() == code;
            }

            @Override
            public void describeTo(Description d) {
                d.appendText("a " + kind + " refusal with code " + code.code());
            }

            @Override
            protected void describeMismatchSafely(PlacementException e, Description d) {
                d.appendText("was a " + e.kind() + " with code " + e.code().code() + ": " + e.getMessage());
            }
        };
    }
}
