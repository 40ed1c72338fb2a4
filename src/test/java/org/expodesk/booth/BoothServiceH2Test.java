package org.expodesk.booth;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** {@link BoothServiceContract} on the embedded H2 database (MySQL mode), as a developer runs ExpoDesk. */
@SpringBootTest
@ActiveProfiles("test")
class BoothServiceH2Test extends BoothServiceContract {
}
