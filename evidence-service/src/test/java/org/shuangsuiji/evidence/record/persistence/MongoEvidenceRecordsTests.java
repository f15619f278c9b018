package org.shuangsuiji.evidence.record.persistence;

import org.shuangsuiji.platform.test.OnProtocolServer;

/** The record rules on the MongoDB-protocol server the tests and the local run use. */
@OnProtocolServer("evidence-records-contract")
class MongoEvidenceRecordsTests extends MongoEvidenceRecordsContract {

}
