package db.migration.query;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Packed the provider_history rows of a store from before V2_080 into runs. V2_091 now unpacks and
 * packs them again, from whichever form they have, with their usage; this step is kept so that the
 * stores that ran it and the ones that did not have the same migration history.
 */
public class V2_081__Provider_history_packed extends BaseJavaMigration {

    @Override
    public void migrate(Context context) {
        // nothing: see V2_091
    }
}
