package db.migration.query;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.placementledger.query.audit.HistoryBackfill;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** allocation_history moved into the columns V2_090 added ({@link HistoryBackfill}), before V2_092 drops it. */
public class V2_091__Usage_in_history extends BaseJavaMigration {

    @Override
    public void migrate(Context context) {
        HistoryBackfill.run(new JdbcTemplate(new SingleConnectionDataSource(context.getConnection(), true)));
    }
}
