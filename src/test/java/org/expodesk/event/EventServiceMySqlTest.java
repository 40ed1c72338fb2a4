package org.expodesk.event;

import org.expodesk.support.OnMySql;

/** {@link EventServiceContract} on MySQL/MariaDB, as ExpoDesk runs in production. */
@OnMySql
class EventServiceMySqlTest extends EventServiceContract {
}
