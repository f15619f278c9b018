package org.shuangsuiji.inspection.task.persistence;

import org.shuangsuiji.platform.test.OnProtocolServer;

/** The task store on the MongoDB-protocol server the tests and the local run use. */
@OnProtocolServer("inspection-tasks-contract")
class MongoTaskStoreTests extends MongoTaskStoreContract {

}
