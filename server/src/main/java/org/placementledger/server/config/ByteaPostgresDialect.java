package org.placementledger.server.config;

import java.sql.Types;

import org.hibernate.boot.model.TypeContributions;
import org.hibernate.dialect.DatabaseVersion;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.jdbc.BinaryJdbcType;

/**
 * PostgreSQL with Axon's {@code @Lob} columns (event payloads, metadata, tokens, snapshots) stored
 * inline as {@code bytea}. Hibernate's own choice, {@code oid} large objects, is slow and leaves
 * orphaned objects behind when rows are deleted.
 */
public class ByteaPostgresDialect extends PostgreSQLDialect {

    public ByteaPostgresDialect() {
        super();
    }

    public ByteaPostgresDialect(DialectResolutionInfo info) {
        super(info);
    }

    public ByteaPostgresDialect(DatabaseVersion version) {
        super(version);
    }

    @Override
    protected String columnType(int sqlTypeCode) {
        return sqlTypeCode == SqlTypes.BLOB ? "bytea" : super.columnType(sqlTypeCode);
    }

    @Override
    protected String castType(int sqlTypeCode) {
        return sqlTypeCode == SqlTypes.BLOB ? "bytea" : super.castType(sqlTypeCode);
    }

    @Override
    public void contributeTypes(TypeContributions contributions, ServiceRegistry registry) {
        super.contributeTypes(contributions, registry);
        // Bind and read BLOB-typed attributes with setBytes/getBytes, as bytea wants.
        contributions.getTypeConfiguration().getJdbcTypeRegistry()
                .addDescriptor(Types.BLOB, BinaryJdbcType.INSTANCE);
    }
}
