package org.shuangsuiji.platform.security;

/**
 * What a door method checked before a write's body: the caller who passed and the subject
 * the check read (a task, a plan, a sheet…), which the write takes instead of loading and
 * checking it again. Each door has its own subclass whose constructor is its package's,
 * so only that door makes one and no write that takes it skips the check.
 *
 * @param <S> what the door read
 */
public abstract class DoorPass<S> {

	private final Caller caller;

	private final S subject;

	protected DoorPass(Caller caller, S subject) {
		this.caller = caller;
		this.subject = subject;
	}

	/** The caller who passed the door. */
	public final Caller caller() {
		return this.caller;
	}

	/** What the door read, as it read it. */
	public final S subject() {
		return this.subject;
	}

	/**
	 * Guards a write that names its subject again (an id in the request body): a pass
	 * serves only the subject its door was opened for.
	 * @throws IllegalStateException for another subject: a bug in the caller, not bad
	 * input
	 */
	protected final void requireSubject(S named) {
		if (!this.subject.equals(named)) {
			throw new IllegalStateException("the door was opened for " + this.subject + ", not " + named);
		}
	}

}
