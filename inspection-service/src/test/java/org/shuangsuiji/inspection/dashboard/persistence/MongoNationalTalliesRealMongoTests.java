package org.shuangsuiji.inspection.dashboard.persistence;

import org.shuangsuiji.platform.test.OnRealMongo;

/**
 * The same national tallies on the real MongoDB, wherever Docker exists (skipped here).
 */
@OnRealMongo("inspection")
class MongoNationalTalliesRealMongoTests extends MongoNationalTalliesContract {

}
