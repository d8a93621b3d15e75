package org.placementledger.command.catalogue;

import java.util.regex.Pattern;

/** The shape of custom resource class and trait names: {@code ^CUSTOM_[A-Z0-9_]+$}, at most 255 characters. */
final class CustomNames {

    private static final Pattern CUSTOM = Pattern.compile("CUSTOM_[A-Z0-9_]+");

    private CustomNames() {
    }

    static boolean isValid(String name) {
        return name != null && name.length() <= 255 && CUSTOM.matcher(name).matches();
    }
}
