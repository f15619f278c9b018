package org.shuangsuiji.inspection.draw.persistence;

import org.shuangsuiji.platform.test.OnProtocolServer;

/** The draw store on the MongoDB-protocol server the tests and the local run use. */
@OnProtocolServer("inspection-draws-contract")
class MongoDrawStoreTests extends MongoDrawStoreContract {

}
