package org.placementledger.server.auth.keystone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.placementledger.server.auth.RequestContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** What a Keystone v3 validation answer becomes in the request context policy reads. */
class KeystoneTokenTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static JsonNode json(String text) throws Exception {
        return MAPPER.readTree(text.replace('\'', '"'));
    }

    @Test
    void projectTokenGivesUserProjectAndEveryListedRole() throws Exception {
        // roles as Keystone lists them for a user granted only "member": the implied reader is included
        KeystoneToken token = KeystoneToken.fromJson(json("{'token': {'methods': ['password'],"
                + " 'user': {'id': 'u1', 'name': 'alice', 'domain': {'id': 'default'}},"
                + " 'project': {'id': 'p1', 'name': 'demo', 'domain': {'id': 'default'}},"
                + " 'roles': [{'id': 'r1', 'name': 'member'}, {'id': 'r2', 'name': 'reader'}],"
                + " 'expires_at': '2026-11-22T14:00:00.000000Z', 'catalog': []}}"));

        assertThat(token.context()).isEqualTo(new RequestContext("u1", "p1", Set.of("member", "reader"), false));
        assertThat(token.expiresAt()).isEqualTo(Instant.parse("2026-11-22T14:00:00Z"));
    }

    @Test
    void systemScopedTokenHasNoProject() throws Exception {
        KeystoneToken token = KeystoneToken.fromJson(json("{'token': {'user': {'id': 'admin-id'},"
                + " 'system': {'all': true}, 'roles': [{'name': 'admin'}, {'name': 'member'}, {'name': 'reader'}],"
                + " 'expires_at': '2026-11-22T14:00:00Z'}}"));

        assertThat(token.context()).isEqualTo(
                new RequestContext("admin-id", null, Set.of("admin", "member", "reader"), true));
    }

    @Test
    void domainScopedTokenHasNeitherProjectNorSystem() throws Exception {
        KeystoneToken token = KeystoneToken.fromJson(json("{'token': {'user': {'id': 'u2'},"
                + " 'domain': {'id': 'default', 'name': 'Default'}, 'roles': [{'name': 'admin'}],"
                + " 'expires_at': '2026-11-22T14:00:00Z'}}"));

        assertThat(token.context()).isEqualTo(new RequestContext("u2", null, Set.of("admin"), false));
    }

    @Test
    void tokenWithoutUserOrExpiryIsRejected() {
        assertThatThrownBy(() -> KeystoneToken.fromJson(json("{'token': {'expires_at': '2026-11-22T14:00:00Z'}}")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KeystoneToken.fromJson(json("{'token': {'user': {'id': 'u'}}}")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> KeystoneToken.fromJson(json("{'token': {'user': {'id': 'u'}, 'expires_at': 'soon'}}")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
