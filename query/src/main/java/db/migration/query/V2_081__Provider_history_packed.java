package db.migration.query;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.placementledger.query.audit.ProviderHistoryRepack;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** The provider_history rows of a store from before V2_080, packed into runs ({@link ProviderHistoryRepack}). */
public class V2_081__Provider_history_packed extends BaseJavaMigration {

    @Override
    public void migrate(Context context) {
        ProviderHistoryRepack.repack(new JdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true)));
    }
}
