package org.shuangsuiji.localrun.matrix;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One operation of a service's OpenAPI document and how the matrix probes it: the door,
 * what fills its path parameters (a {@link Targets} key or a literal), the query, a body
 * that changes nothing, and the answer an admitted caller must get (a 4xx refusal of the
 * body or the record's state for writes, so that probing leaves the data as it was).
 *
 * @param service the service whose document lists the operation
 * @param method the HTTP method, upper case
 * @param path the path template as the document spells it
 * @param door who may pass
 * @param params path parameter → {@code @key} of {@link Targets} or a literal
 * @param query the query string without {@code ?}, may hold {@code @key}s, or ""
 * @param body what the probe sends
 * @param json the JSON a {@link Body#JSON} body sends, may hold {@code @key}s, or ""
 * @param admitted the status of an admitted caller
 * @param refused the status of a signed-in caller the door refuses
 * @param note why, when the row departs from the obvious
 * @param except callers refused with another status than {@code refused}
 */
record Row(String service, String method, String path, Door door, Map<String, String> params, String query, Body body,
		String json, int admitted, int refused, String note, Map<Column, Integer> except) {

	private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");

	private static final Pattern KEY = Pattern.compile("@([a-zA-Z]+)");

	/** What a probe sends; none of them is a valid write. */
	enum Body {

		/** no body */
		NONE,

		/** {@code {}}: fails the request's validation */
		EMPTY_JSON,

		/** a multipart form without its file part */
		MULTIPART_WITHOUT_FILE,

		/** zero bytes of application/octet-stream */
		EMPTY_OCTETS,

		/**
		 * the row's own JSON: it names the record the door depends on (a new sheet's
		 * task), so that the door is probed, and fails validation otherwise
		 */
		JSON

	}

	static Row of(String service, String method, String path, Door door) {
		int admitted = "GET".equals(method) ? 200 : 400;
		Body body = "GET".equals(method) ? Body.NONE : Body.EMPTY_JSON;
		return new Row(service, method, path, door, Map.of(), "", body, "", admitted, 403, "", Map.of());
	}

	/** The key of the OpenAPI operation this row covers. */
	String operation() {
		return this.method + " " + this.path;
	}

	Row param(String name, String value) {
		Map<String, String> params = new LinkedHashMap<>(this.params);
		params.put(name, value);
		return new Row(this.service, this.method, this.path, this.door, Map.copyOf(params), this.query, this.body,
				this.json, this.admitted, this.refused, this.note, this.except);
	}

	Row query(String query) {
		return new Row(this.service, this.method, this.path, this.door, this.params, query, this.body, this.json,
				this.admitted, this.refused, this.note, this.except);
	}

	Row body(Body body) {
		return new Row(this.service, this.method, this.path, this.door, this.params, this.query, body, this.json,
				this.admitted, this.refused, this.note, this.except);
	}

	/** Sends {@code json}, its {@code @key}s filled from {@link Targets}. */
	Row json(String json) {
		return new Row(this.service, this.method, this.path, this.door, this.params, this.query, Body.JSON, json,
				this.admitted, this.refused, this.note, this.except);
	}

	Row admitted(int status) {
		return new Row(this.service, this.method, this.path, this.door, this.params, this.query, this.body, this.json,
				status, this.refused, this.note, this.except);
	}

	Row refused(int status) {
		return new Row(this.service, this.method, this.path, this.door, this.params, this.query, this.body, this.json,
				this.admitted, status, this.note, this.except);
	}

	Row note(String note) {
		return new Row(this.service, this.method, this.path, this.door, this.params, this.query, this.body, this.json,
				this.admitted, this.refused, note, this.except);
	}

	/** A refused caller that gets another status than the row's refusal. */
	Row except(Column column, int status) {
		Map<Column, Integer> except = new LinkedHashMap<>(this.except);
		except.put(column, status);
		return new Row(this.service, this.method, this.path, this.door, this.params, this.query, this.body, this.json,
				this.admitted, this.refused, this.note, Map.copyOf(except));
	}

	/** The status the platform must answer to this caller. */
	int expected(Column column) {
		if (this.door.admits(column)) {
			return this.admitted;
		}
		if (column == Column.ANONYMOUS) {
			return 401;
		}
		if (column == Column.MINISTRY) {
			return 403;
		}
		return this.except.getOrDefault(column, this.refused);
	}

	/**
	 * The probed URL path and query with every parameter filled; fails naming what is
	 * missing when a parameter has no value.
	 */
	String target(Targets targets) {
		Matcher matcher = PARAM.matcher(this.path);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			String value = this.params.get(matcher.group(1));
			if (value == null) {
				throw new IllegalStateException(operation() + ": no value for {" + matcher.group(1) + "}");
			}
			matcher.appendReplacement(out, Matcher.quoteReplacement(Targets.encode(targets.fill(value))));
		}
		matcher.appendTail(out);
		if (!this.query.isEmpty()) {
			out.append('?').append(fillQuery(targets));
		}
		return out.toString();
	}

	/** The JSON a {@link Body#JSON} row sends, every {@code @key} filled. */
	String payload(Targets targets) {
		Matcher matcher = KEY.matcher(this.json);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			String value = targets.fill(matcher.group()).replace("\\", "\\\\").replace("\"", "\\\"");
			matcher.appendReplacement(out, Matcher.quoteReplacement(value));
		}
		matcher.appendTail(out);
		return out.toString();
	}

	private String fillQuery(Targets targets) {
		Matcher matcher = KEY.matcher(this.query);
		StringBuilder out = new StringBuilder();
		while (matcher.find()) {
			matcher.appendReplacement(out, Matcher.quoteReplacement(Targets.encode(targets.fill(matcher.group()))));
		}
		matcher.appendTail(out);
		return out.toString();
	}

}
