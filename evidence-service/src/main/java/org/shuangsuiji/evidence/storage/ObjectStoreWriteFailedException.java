package org.shuangsuiji.evidence.storage;

/**
 * A write was aborted. The cause tells why: a read failure of the content (too large,
 * client gone) or the store itself.
 */
public class ObjectStoreWriteFailedException extends ObjectStoreUnavailableException {

	public ObjectStoreWriteFailedException(String detail, Throwable cause) {
		super(detail, cause);
	}

}
