package org.shuangsuiji.evidence.record.persistence;

import org.shuangsuiji.platform.test.OnRealMongo;

/** The same record rules on the real MongoDB, wherever Docker exists (skipped here). */
@OnRealMongo("evidence")
class MongoEvidenceRecordsRealMongoTests extends MongoEvidenceRecordsContract {

}
