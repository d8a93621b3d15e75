package org.placementledger.query.audit.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.List;

import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.junit.jupiter.api.Test;
import org.placementledger.query.ReadModelDatabase;

/**
 * A replay's messages carry only the correlation id of their metadata (StoredEventMessages): no
 * projection's event handler may take metadata, or a whole message, to read more of it.
 */
class ProjectionsReadNoMetaDataTest {

    @Test
    void noEventHandlerOfAReplayedProjectionTakesMetaData() {
        List<String> handlers = new ArrayList<>();
        for (Object projection : ProjectionReplayer.jdbc(ReadModelDatabase.fresh())) {
            for (Method method : projection.getClass().getDeclaredMethods()) {
                if (!method.isAnnotationPresent(EventHandler.class)) {
                    continue;
                }
                handlers.add(method.toString());
                for (Parameter p : method.getParameters()) {
                    assertThat(p.isAnnotationPresent(MetaDataValue.class)).as(method.toString()).isFalse();
                    assertThat(MetaData.class.isAssignableFrom(p.getType())).as(method.toString()).isFalse();
                    assertThat(Message.class.isAssignableFrom(p.getType())).as(method.toString()).isFalse();
                }
            }
        }
        assertThat(handlers).hasSizeGreaterThan(20);
    }
}
