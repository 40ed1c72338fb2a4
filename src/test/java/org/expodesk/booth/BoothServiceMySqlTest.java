package org.expodesk.booth;

import org.expodesk.support.OnMySql;

/** {@link BoothServiceContract} on MySQL/MariaDB, as ExpoDesk runs in production. */
@OnMySql
class BoothServiceMySqlTest extends BoothServiceContract {
}
