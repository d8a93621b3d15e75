package org.placementledger.query.candidates.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.placementledger.query.ReadModelDatabase;
import org.springframework.jdbc.core.JdbcTemplate;

class IndexLoaderTest {

    @Test
    void buildsTheIndexFromTheReadModelTables() {
        JdbcTemplate jdbc = ReadModelDatabase.fresh();
        Timestamp now = Timestamp.from(Instant.parse("2026-01-01T00:00:00Z"));
        jdbc.update("INSERT INTO rp VALUES ('cn', 'cn', 3, NULL, 'cn', ?, ?)", now, now);
        jdbc.update("INSERT INTO rp VALUES ('nic', 'nic', 2, 'cn', 'cn', ?, ?)", now, now);
        jdbc.update("INSERT INTO rp_inventory VALUES ('nic', 'SRIOV_NET_VF', 8, 1, 1, 4, 1, 2.0, ?, ?)", now, now);
        jdbc.update("INSERT INTO rp_trait VALUES ('nic', 'CUSTOM_FAST', ?)", now);
        jdbc.update("INSERT INTO custom_trait VALUES ('CUSTOM_FAST', ?)", now);
        jdbc.update("INSERT INTO custom_resource_class VALUES (10000, 'CUSTOM_GPU', ?, ?)", now, now);
        jdbc.update("INSERT INTO rp_aggregate VALUES ('cn', 'agg')");
        jdbc.update("INSERT INTO allocation VALUES ('vm1', 'nic', 'SRIOV_NET_VF', 3, ?, ?)", now, now);
        jdbc.update("INSERT INTO allocation VALUES ('vm2', 'nic', 'SRIOV_NET_VF', 2, ?, ?)", now, now);

        CandidateIndex index = new CandidateIndex(jdbc);

        index.read(view -> {
            ProviderNode nic = view.provider("nic");
            assertThat(nic.parentUuid()).isEqualTo("cn");
            assertThat(nic.rootUuid()).isEqualTo("cn");
            assertThat(nic.inventory("SRIOV_NET_VF").intCapacity()).isEqualTo(14);
            assertThat(nic.inventory("SRIOV_NET_VF").maxUnit()).isEqualTo(4);
            assertThat(nic.used("SRIOV_NET_VF")).isEqualTo(5);
            assertThat(view.tree("cn")).extracting(ProviderNode::uuid).containsExactly("cn", "nic");
            assertThat(view.withTrait("CUSTOM_FAST")).containsExactly("nic");
            assertThat(view.inAggregate("agg")).containsExactly("cn");
            assertThat(view.knowsTrait("CUSTOM_FAST")).isTrue();
            assertThat(view.knowsResourceClass("CUSTOM_GPU")).isTrue();
            assertThat(view.knowsResourceClass("CUSTOM_OTHER")).isFalse();
            return null;
        });
    }
}
