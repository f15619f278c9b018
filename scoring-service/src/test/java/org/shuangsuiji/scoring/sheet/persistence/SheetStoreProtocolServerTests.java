package org.shuangsuiji.scoring.sheet.persistence;

import org.shuangsuiji.platform.test.OnProtocolServer;

/** The store contract on the MongoDB-protocol server the tests and the local run use. */
@OnProtocolServer("scoring-store-contract")
class SheetStoreProtocolServerTests extends SheetStoreContract {

}
