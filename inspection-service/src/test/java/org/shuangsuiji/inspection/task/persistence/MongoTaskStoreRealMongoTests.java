package org.shuangsuiji.inspection.task.persistence;

import org.shuangsuiji.platform.test.OnRealMongo;

/** The same task store on the real MongoDB, wherever Docker exists (skipped here). */
@OnRealMongo("inspection")
class MongoTaskStoreRealMongoTests extends MongoTaskStoreContract {

}
