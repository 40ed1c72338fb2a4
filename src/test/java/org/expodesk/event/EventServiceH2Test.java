package org.expodesk.event;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** {@link EventServiceContract} on the embedded H2 database (MySQL mode), as a developer runs ExpoDesk. */
@SpringBootTest
@ActiveProfiles("test")
class EventServiceH2Test extends EventServiceContract {
}
