package org.shuangsuiji.inspection.plan.persistence;

import org.shuangsuiji.platform.test.OnRealMongo;

/** The same plan store on the real MongoDB, wherever Docker exists (skipped here). */
@OnRealMongo("inspection")
class MongoPlanStoreRealMongoTests extends MongoPlanStoreContract {

}
