package org.shuangsuiji.scoring.sheet.persistence;

import org.shuangsuiji.platform.test.OnRealMongo;

/** The same store contract on the real MongoDB, wherever Docker exists (skipped here). */
@OnRealMongo("scoring")
class SheetStoreRealMongoTests extends SheetStoreContract {

}
