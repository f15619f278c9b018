package org.shuangsuiji.scoring.sheet.json;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.shuangsuiji.scoring.engine.Evaluation;
import org.shuangsuiji.scoring.sheet.ResultHash;

/**
 * SHA-256 (lower-case hex) of a result's canonical JSON: the result as the API answers
 * {@code GET /sheets/{id}/result}, with every object's keys sorted by code point, no
 * whitespace, strings escaped as JSON requires, numbers in plain decimal notation (89.5,
 * never 8.95E+1), UTF-8. The same result always gives the same hash, whichever order its
 * fields were written in.
 */
public class CanonicalResultHash implements ResultHash {

	private final JsonMapper mapper;

	/**
	 * @param mapper the API's mapper of results (the engine's JSON form)
	 */
	public CanonicalResultHash(JsonMapper mapper) {
		this.mapper = mapper;
	}

	@Override
	public String of(Evaluation result) {
		return sha256(canonical(result));
	}

	/** The canonical JSON of the result. */
	public String canonical(Evaluation result) {
		StringBuilder out = new StringBuilder();
		write(this.mapper.valueToTree(result), out);
		return out.toString();
	}

	private void write(JsonNode node, StringBuilder out) {
		if (node == null || node.isNull() || node.isMissingNode()) {
			out.append("null");
		}
		else if (node.isObject()) {
			List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(node.properties());
			fields.sort(Map.Entry.comparingByKey());
			out.append('{');
			for (int i = 0; i < fields.size(); i++) {
				if (i > 0) {
					out.append(',');
				}
				out.append(this.mapper.writeValueAsString(fields.get(i).getKey())).append(':');
				write(fields.get(i).getValue(), out);
			}
			out.append('}');
		}
		else if (node.isArray()) {
			out.append('[');
			for (int i = 0; i < node.size(); i++) {
				if (i > 0) {
					out.append(',');
				}
				write(node.get(i), out);
			}
			out.append(']');
		}
		else if (node.isNumber()) {
			out.append(node.decimalValue().stripTrailingZeros().toPlainString());
		}
		else if (node.isBoolean()) {
			out.append(node.booleanValue());
		}
		else {
			out.append(this.mapper.writeValueAsString(node.asString()));
		}
	}

	private static String sha256(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

}
