package org.shuangsuiji.inspection.draw.persistence;

import org.shuangsuiji.platform.test.OnRealMongo;

/** The same draw store on the real MongoDB, wherever Docker exists (skipped here). */
@OnRealMongo("inspection")
class MongoDrawStoreRealMongoTests extends MongoDrawStoreContract {

}
