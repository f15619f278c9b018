package org.shuangsuiji.platform.problem;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A failure the caller can act on. platform-web renders it as RFC 9457
 * {@code application/problem+json} with {@link #type()} as the stable problem type, so
 * the domain can refuse without knowing about HTTP.
 */
public abstract class ProblemException extends RuntimeException {

	private final String type;

	private final String title;

	private final int status;

	private final Map<String, Object> properties = new LinkedHashMap<>();

	/** A problem of {@code status}, as each kind of this package names its own. */
	protected ProblemException(String type, String title, int status, String detail) {
		super(detail);
		this.type = type;
		this.title = title;
		this.status = status;
	}

	/** A 400 problem, unless the subclass overrides {@link #status()}. */
	protected ProblemException(String type, String title, String detail) {
		this(type, title, 400, detail);
	}

	/** The HTTP status this problem maps to. */
	public int status() {
		return this.status;
	}

	/**
	 * A short, stable slug naming the kind of problem, such as
	 * {@code credit-code-invalid}.
	 */
	public String type() {
		return this.type;
	}

	public String title() {
		return this.title;
	}

	public String detail() {
		return getMessage();
	}

	/** Extra members of the problem body, such as the field, item or agency at fault. */
	public Map<String, Object> properties() {
		return Map.copyOf(this.properties);
	}

	/** Adds a member to the problem body; returns this for chaining. */
	public ProblemException with(String name, Object value) {
		this.properties.put(name, value);
		return this;
	}

}
