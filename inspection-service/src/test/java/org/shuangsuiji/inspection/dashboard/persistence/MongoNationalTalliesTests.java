package org.shuangsuiji.inspection.dashboard.persistence;

import org.shuangsuiji.platform.test.OnProtocolServer;

/**
 * The national tallies on the MongoDB-protocol server the tests and the local run use.
 */
@OnProtocolServer("inspection-national-tallies")
class MongoNationalTalliesTests extends MongoNationalTalliesContract {

}
