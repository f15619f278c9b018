package org.shuangsuiji.evidence.storage;

import org.shuangsuiji.platform.problem.DependencyUnavailableException;

/** The object store did not answer or failed; rendered as 503. */
public class ObjectStoreUnavailableException extends DependencyUnavailableException {

	public ObjectStoreUnavailableException(String detail, Throwable cause) {
		super("object-store-unavailable", detail);
		initCause(cause);
	}

}
