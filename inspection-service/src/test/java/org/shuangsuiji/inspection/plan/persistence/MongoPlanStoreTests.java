package org.shuangsuiji.inspection.plan.persistence;

import org.shuangsuiji.platform.test.OnProtocolServer;

/** The plan store on the MongoDB-protocol server the tests and the local run use. */
@OnProtocolServer("inspection-plans-contract")
class MongoPlanStoreTests extends MongoPlanStoreContract {

}
