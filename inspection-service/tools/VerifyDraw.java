/*
 * Re-runs a 双随机 draw of inspection-service from its public draw record alone.
 *
 *   curl -s http://localhost:8080/api/public/inspections/plans/<planId>/draw > draw.json
 *   java VerifyDraw.java draw.json        (or: java VerifyDraw.java http://.../draw)
 *
 * Needs only a JDK (17 or later); no libraries. It is deliberately a separate implementation
 * of the algorithm texts in docs/adr/0401-verifiable-draw-algorithm.md (shuangsuiji-draw/1) and
 * docs/adr/0405-draw-v2-committed-secret-and-pseudonymous-pool.md (shuangsuiji-draw/2), sharing no
 * code with the service, so that a bug in one shows up as a mismatch against the other. Exit code
 * 0 when the commitment, the secret (/2), the draw and every replacement re-run to what was
 * recorded, 1 otherwise.
 */

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

public class VerifyDraw {

	public static void main(String[] args) throws Exception {
		if (args.length != 1) {
			System.err.println("usage: java VerifyDraw.java <draw.json | https://.../api/public/inspections/plans/<id>/draw>");
			System.exit(2);
		}
		String text = args[0].startsWith("http://") || args[0].startsWith("https://") ? fetch(args[0])
				: Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
		System.exit(new VerifyDraw().verify(asMap(new Json(text).value())) ? 0 : 1);
	}

	private static String fetch(String url) throws IOException, InterruptedException {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IOException(url + " answered " + response.statusCode());
		}
		return response.body();
	}

	// ---------------------------------------------------------------- the checks

	private Map<String, Object> inputs;

	private String commitment;

	/** /2: people are published under refs, pairs and members name them by "ref". */
	private boolean v2;

	/** The key of a person in the pool ("id" or "ref") and in pairs and members ("personId" or "ref"). */
	private String idField;

	private String personField;

	boolean verify(Map<String, Object> record) throws Exception {
		this.inputs = asMap(record.get("inputs"));
		String algorithm = (String) this.inputs.get("algorithm");
		if (!"shuangsuiji-draw/1".equals(algorithm) && !"shuangsuiji-draw/2".equals(algorithm)) {
			System.out.println("UNKNOWN ALGORITHM " + algorithm
					+ ": this verifier implements shuangsuiji-draw/1 and shuangsuiji-draw/2");
			return false;
		}
		this.v2 = "shuangsuiji-draw/2".equals(algorithm);
		this.idField = this.v2 ? "ref" : "id";
		this.personField = this.v2 ? "ref" : "personId";
		this.commitment = sha256Hex(canonical(this.inputs));
		boolean ok = this.commitment.equals(record.get("commitment"));
		System.out.println((ok ? "OK       " : "MISMATCH ") + "commitment " + this.commitment
				+ (ok ? "" : " (recorded " + record.get("commitment") + ")"));
		if (record.get("seed") == null) {
			System.out.println(ok ? "COMMITTED, NOT YET DRAWN: the commitment matches the published inputs" : "FAILED");
			return ok;
		}
		index();
		String seed = (String) asMap(record.get("seed")).get("value");
		byte[] drawKey = seed.getBytes(StandardCharsets.UTF_8);
		if (this.v2) {
			String secret = (String) record.get("secret");
			boolean secretOk = secret != null && secret.matches("[0-9a-f]{64}")
					&& sha256Hex(hex(secret)).equals(this.inputs.get("secretHash"));
			System.out.println((secretOk ? "OK       " : "MISMATCH ") + "secret: SHA-256 of the revealed secret "
					+ (secretOk ? "is" : "is not") + " the committed secretHash " + this.inputs.get("secretHash"));
			ok &= secretOk;
			drawKey = hmac((secret != null && secret.matches("[0-9a-f]{64}")) ? hex(secret) : new byte[1], seed);
		}
		List<Drawn> state = new ArrayList<>();
		Set<String> exclusions = new HashSet<>();
		Set<String> withdrawn = new HashSet<>();
		try {
			state = draw(drawKey);
			boolean drawOk = teams(state).equals(recordedAgencies(asList(asMap(record.get("result")).get("agencies"))));
			System.out.println((drawOk ? "OK       " : "MISMATCH ") + "draw with seed \"" + seed + "\": " + state.size()
					+ " agencies");
			ok &= drawOk;
		}
		catch (IllegalStateException refused) {
			System.out.println("MISMATCH draw: re-running refuses it: " + refused.getMessage());
			ok = false;
			state = recordedDrawn(asList(asMap(record.get("result")).get("agencies")));
		}
		for (Object item : asList(record.get("replacements"))) {
			Map<String, Object> event = asMap(item);
			int seq = ((Number) event.get("seq")).intValue();
			// /1: the event's own seed; /2: no seed, the draw key
			String eventSeed = this.v2 ? null : (String) asMap(event.get("seed")).get("value");
			byte[] eventKey = this.v2 ? drawKey : eventSeed.getBytes(StandardCharsets.UTF_8);
			String agencyId = (String) event.get("agencyId");
			boolean eventOk;
			try {
				if ("PERSON".equals(event.get("type"))) {
					Map<String, Object> leaving = asMap(event.get("leaving"));
					String leavingKey = leaving.get("kind") + ":" + leaving.get(this.personField);
					List<String> substitutes = replacePerson(state, exclusions, seq, agencyId, leavingKey, eventKey);
					eventOk = substitutes.equals(members(asList(event.get("substitutes"))));
				}
				else {
					Drawn substitute = replaceAgency(state, exclusions, withdrawn, seq, agencyId, eventKey);
					Map<String, Object> recorded = asMap(event.get("substitute"));
					eventOk = substitute.agencyId.equals(recorded.get("agencyId"))
							&& substitute.team.equals(members(asList(recorded.get("team"))));
				}
			}
			catch (IllegalStateException refused) {
				eventOk = false;
			}
			System.out.println((eventOk ? "OK       " : "MISMATCH ") + "replacement " + seq + " (" + event.get("type")
					+ " at " + agencyId + (this.v2 ? ", draw key" : ", seed \"" + eventSeed + "\"") + ")");
			ok &= eventOk;
			applyRecorded(state, exclusions, withdrawn, event);
		}
		System.out.println(ok ? "VERIFIED" : "FAILED");
		return ok;
	}

	private static List<String> teams(List<Drawn> drawn) {
		List<String> out = new ArrayList<>();
		for (Drawn d : drawn) {
			out.add(d.agencyId + "=" + d.team);
		}
		return out;
	}

	private List<String> recordedAgencies(List<Object> agencies) {
		List<String> out = new ArrayList<>();
		for (Drawn d : recordedDrawn(agencies)) {
			out.add(d.agencyId + "=" + d.team);
		}
		return out;
	}

	private List<Drawn> recordedDrawn(List<Object> agencies) {
		List<Drawn> out = new ArrayList<>();
		for (Object a : agencies) {
			out.add(new Drawn((String) asMap(a).get("agencyId"), members(asList(asMap(a).get("team")))));
		}
		return out;
	}

	private List<String> members(List<Object> team) {
		List<String> out = new ArrayList<>();
		for (Object m : team) {
			out.add(asMap(m).get("kind") + ":" + asMap(m).get(this.personField));
		}
		return out;
	}

	/** Moves the state on by what was recorded, so each replacement is checked on its own. */
	private void applyRecorded(List<Drawn> state, Set<String> exclusions, Set<String> withdrawn,
			Map<String, Object> event) {
		String agencyId = (String) event.get("agencyId");
		if ("PERSON".equals(event.get("type"))) {
			Map<String, Object> leaving = asMap(event.get("leaving"));
			String leavingKey = leaving.get("kind") + ":" + leaving.get(this.personField);
			for (Drawn d : state) {
				if (d.agencyId.equals(agencyId)) {
					d.team.remove(leavingKey);
					d.team.addAll(members(asList(event.get("substitutes"))));
				}
			}
			exclusions.add(leavingKey + "@" + agencyId);
		}
		else {
			state.removeIf((d) -> d.agencyId.equals(agencyId));
			Map<String, Object> substitute = asMap(event.get("substitute"));
			state.add(new Drawn((String) substitute.get("agencyId"), members(asList(substitute.get("team")))));
			withdrawn.add(agencyId);
		}
	}

	// ---------------------------------------------------------------- the algorithm

	private List<Map<String, Object>> agencies;

	private List<Map<String, Object>> inspectors;

	private List<Map<String, Object>> experts;

	private final Map<String, Map<String, Object>> agencyById = new HashMap<>();

	private final Map<String, Map<String, Object>> expertById = new HashMap<>();

	private final Set<String> conflicts = new HashSet<>();

	private final Set<String> prior = new HashSet<>();

	private final Map<String, Long> weights = new HashMap<>();

	private Map<String, Object> rules;

	private void index() {
		Map<String, Object> pool = asMap(this.inputs.get("pool"));
		this.rules = asMap(this.inputs.get("rules"));
		this.agencies = maps(pool.get("agencies"));
		this.inspectors = maps(pool.get("inspectors"));
		this.experts = maps(pool.get("experts"));
		this.agencies.forEach((a) -> this.agencyById.put((String) a.get("id"), a));
		this.experts.forEach((e) -> this.expertById.put((String) e.get(this.idField), e));
		maps(pool.get("conflicts")).forEach((c) -> this.conflicts.add(pairKey(c)));
		maps(pool.get("priorInspections")).forEach((p) -> this.prior.add(pairKey(p)));
		maps(this.rules.get("weights"))
			.forEach((w) -> this.weights.put((String) w.get("agencyId"), ((Number) w.get("weight")).longValue()));
	}

	private String pairKey(Map<String, Object> pair) {
		return pair.get("personKind") + ":" + pair.get(this.personField) + "@" + pair.get("agencyId");
	}

	/** /1: a 执法证号 is published; /2: only whether there is one. */
	private boolean certified(Map<String, Object> inspector) {
		return this.v2 ? Boolean.TRUE.equals(inspector.get("certified"))
				: !((String) inspector.get("lawEnforcementCertNo")).isEmpty();
	}

	private List<Drawn> draw(byte[] seed) throws Exception {
		int pool = this.agencies.size();
		if (pool == 0) {
			throw new IllegalStateException("empty pool");
		}
		Map<String, Object> sampling = asMap(this.rules.get("sampling"));
		String mode = (String) sampling.get("mode");
		long floor = (pool * 5L + 99) / 100;
		long requested = switch (mode) {
			case "RATE" -> (pool * ((Number) sampling.get("value")).longValue() + 99) / 100;
			case "COUNT" -> ((Number) sampling.get("value")).longValue();
			default -> pool;
		};
		int size = (int) Math.min(pool, Math.max(requested, floor));
		List<Map<String, Object>> drawn = "ALL".equals(mode) ? this.agencies
				: sample(this.agencies, size, new Stream(seed, this.commitment, "agencies"));
		Map<String, Integer> loads = new HashMap<>();
		List<Drawn> result = new ArrayList<>();
		for (Map<String, Object> agency : drawn) {
			String id = (String) agency.get("id");
			result.add(new Drawn(id, staff(agency, loads, Set.of(), new Stream(seed, this.commitment, "team:" + id))));
		}
		return result;
	}

	private List<String> replacePerson(List<Drawn> state, Set<String> exclusions, int seq, String agencyId,
			String leaving, byte[] seed) throws Exception {
		Drawn drawn = find(state, agencyId);
		Map<String, Integer> loads = loads(state);
		loads.merge(leaving, -1, Integer::sum);
		Set<String> excluded = new HashSet<>(exclusions);
		excluded.add(leaving + "@" + agencyId);
		List<String> remaining = new ArrayList<>(drawn.team);
		remaining.remove(leaving);
		Stream stream = new Stream(seed, this.commitment, "replacement:" + seq);
		Map<String, Object> agency = this.agencyById.get(agencyId);
		if (leaving.startsWith("INSPECTOR:")) {
			return pickInspectors(agency, 1, remaining, loads, excluded, stream);
		}
		return coverExperts(agency, remaining, loads, excluded, stream);
	}

	private Drawn replaceAgency(List<Drawn> state, Set<String> exclusions, Set<String> withdrawn, int seq,
			String agencyId, byte[] seed) throws Exception {
		Drawn leaving = find(state, agencyId);
		Map<String, Integer> loads = loads(state);
		leaving.team.forEach((m) -> loads.merge(m, -1, Integer::sum));
		Set<String> taken = new HashSet<>(withdrawn);
		state.forEach((d) -> taken.add(d.agencyId));
		List<Map<String, Object>> candidates = new ArrayList<>();
		for (Map<String, Object> agency : this.agencies) {
			if (!taken.contains(agency.get("id"))) {
				candidates.add(agency);
			}
		}
		if (candidates.isEmpty()) {
			throw new IllegalStateException("no substitute agency");
		}
		Stream stream = new Stream(seed, this.commitment, "replacement:" + seq);
		Map<String, Object> substitute = sample(candidates, 1, stream).get(0);
		return new Drawn((String) substitute.get("id"), staff(substitute, loads, exclusions, stream));
	}

	private static Drawn find(List<Drawn> state, String agencyId) {
		for (Drawn d : state) {
			if (d.agencyId.equals(agencyId)) {
				return d;
			}
		}
		throw new IllegalStateException("agency " + agencyId + " is not drawn");
	}

	private static Map<String, Integer> loads(List<Drawn> state) {
		Map<String, Integer> loads = new HashMap<>();
		state.forEach((d) -> d.team.forEach((m) -> loads.merge(m, 1, Integer::sum)));
		return loads;
	}

	/** Successive weighted sampling without replacement, integers only. */
	private List<Map<String, Object>> sample(List<Map<String, Object>> candidates, int count, Stream stream)
			throws Exception {
		List<Map<String, Object>> remaining = new ArrayList<>(candidates);
		List<Long> w = new ArrayList<>();
		long total = 0;
		for (Map<String, Object> agency : candidates) {
			long weight = this.weights.getOrDefault((String) agency.get("id"), 1L);
			w.add(weight);
			total += weight;
		}
		List<Map<String, Object>> picked = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			long r = stream.below(total);
			int index = 0;
			long running = w.get(0);
			while (running <= r) {
				index++;
				running += w.get(index);
			}
			picked.add(remaining.remove(index));
			total -= w.remove(index);
		}
		return picked;
	}

	private List<String> staff(Map<String, Object> agency, Map<String, Integer> loads, Set<String> exclusions,
			Stream stream) throws Exception {
		int perTeam = ((Number) this.rules.get("inspectorsPerTeam")).intValue();
		List<String> team = new ArrayList<>(pickInspectors(agency, perTeam, List.of(), loads, exclusions, stream));
		if (Boolean.TRUE.equals(this.rules.get("expertRequired"))) {
			team.addAll(coverExperts(agency, team, loads, exclusions, stream));
		}
		return team;
	}

	private List<String> pickInspectors(Map<String, Object> agency, int needed, List<String> onTeam,
			Map<String, Integer> loads, Set<String> exclusions, Stream stream) throws Exception {
		String agencyId = (String) agency.get("id");
		String agencyRegion = (String) agency.get("regionCode");
		List<String> eligible = new ArrayList<>();
		for (Map<String, Object> p : this.inspectors) {
			String key = "INSPECTOR:" + p.get(this.idField);
			String region = (String) p.get("regionCode");
			boolean ok = !onTeam.contains(key) && certified(p)
					&& !this.conflicts.contains(key + "@" + agencyId) && !exclusions.contains(key + "@" + agencyId)
					&& !(Boolean.TRUE.equals(this.rules.get("excludeSameCounty")) && !region.endsWith("00")
							&& region.equals(agencyRegion))
					&& optionsAllow(key, agencyId, loads);
			if (ok) {
				eligible.add(key);
			}
		}
		if (eligible.size() < needed) {
			throw new IllegalStateException("agency " + agencyId + " cannot be staffed with inspectors");
		}
		List<String> picked = new ArrayList<>();
		for (int i = 0; i < needed; i++) {
			String chosen = leastLoaded(eligible, loads, stream);
			eligible.remove(chosen);
			loads.merge(chosen, 1, Integer::sum);
			picked.add(chosen);
		}
		return picked;
	}

	private List<String> coverExperts(Map<String, Object> agency, List<String> onTeam, Map<String, Integer> loads,
			Set<String> exclusions, Stream stream) throws Exception {
		Set<String> covered = new HashSet<>();
		List<String> team = new ArrayList<>(onTeam);
		for (String member : onTeam) {
			Map<String, Object> expert = member.startsWith("EXPERT:") ? this.expertById.get(member.substring(7)) : null;
			if (expert != null) {
				asList(expert.get("specialities")).forEach((s) -> covered.add((String) s));
			}
		}
		List<Object> scope = asList(this.rules.get("categories"));
		List<String> picked = new ArrayList<>();
		for (Object category : asList(agency.get("categories"))) {
			if ((scope.isEmpty() || scope.contains(category)) && !covered.contains(category)) {
				String chosen = pickExpert(agency, (String) category, team, loads, exclusions, stream);
				asList(this.expertById.get(chosen.substring(7)).get("specialities"))
					.forEach((s) -> covered.add((String) s));
				team.add(chosen);
				picked.add(chosen);
			}
		}
		if (team.stream().noneMatch((m) -> m.startsWith("EXPERT:"))) {
			picked.add(pickExpert(agency, null, team, loads, exclusions, stream));
		}
		return picked;
	}

	private String pickExpert(Map<String, Object> agency, String category, List<String> team,
			Map<String, Integer> loads, Set<String> exclusions, Stream stream) throws Exception {
		String agencyId = (String) agency.get("id");
		List<String> eligible = new ArrayList<>();
		for (Map<String, Object> e : this.experts) {
			String key = "EXPERT:" + e.get(this.idField);
			boolean ok = !team.contains(key)
					&& (category == null || asList(e.get("specialities")).contains(category))
					&& !this.conflicts.contains(key + "@" + agencyId) && !exclusions.contains(key + "@" + agencyId)
					&& optionsAllow(key, agencyId, loads);
			if (ok) {
				eligible.add(key);
			}
		}
		if (eligible.isEmpty()) {
			throw new IllegalStateException("agency " + agencyId + " has no expert for " + category);
		}
		String chosen = leastLoaded(eligible, loads, stream);
		loads.merge(chosen, 1, Integer::sum);
		return chosen;
	}

	private boolean optionsAllow(String key, String agencyId, Map<String, Integer> loads) {
		if (Boolean.TRUE.equals(this.rules.get("excludeInspectedLastYear")) && this.prior.contains(key + "@" + agencyId)) {
			return false;
		}
		Object max = this.rules.get("maxInspectionsPerPerson");
		return max == null || loads.getOrDefault(key, 0) < ((Number) max).intValue();
	}

	private static String leastLoaded(List<String> candidates, Map<String, Integer> loads, Stream stream)
			throws Exception {
		int min = Integer.MAX_VALUE;
		for (String c : candidates) {
			min = Math.min(min, loads.getOrDefault(c, 0));
		}
		List<String> ties = new ArrayList<>();
		for (String c : candidates) {
			if (loads.getOrDefault(c, 0) == min) {
				ties.add(c);
			}
		}
		return ties.get((int) stream.below(ties.size()));
	}

	/** A drawn agency and its team as "KIND:personId" in draw order. */
	static final class Drawn {

		final String agencyId;

		final List<String> team;

		Drawn(String agencyId, List<String> team) {
			this.agencyId = agencyId;
			this.team = new ArrayList<>(team);
		}

	}

	/** HMAC-SHA256 counter mode keyed with the draw key (/1: the seed's bytes), bound to the commitment. */
	static final class Stream {

		private final Mac mac;

		private final String prefix;

		private long counter;

		Stream(byte[] key, String commitment, String label) throws Exception {
			this.mac = Mac.getInstance("HmacSHA256");
			this.mac.init(new SecretKeySpec(key, "HmacSHA256"));
			this.prefix = commitment + ":" + label + ":";
		}

		long below(long n) {
			long r = (Long.MAX_VALUE % n + 1) % n;
			while (true) {
				byte[] block = this.mac.doFinal((this.prefix + this.counter++).getBytes(StandardCharsets.UTF_8));
				long x = 0;
				for (int i = 0; i < 8; i++) {
					x = (x << 8) | (block[i] & 0xFF);
				}
				x &= Long.MAX_VALUE;
				if (x <= Long.MAX_VALUE - r) {
					return x % n;
				}
			}
		}

	}

	// ---------------------------------------------------------------- canonical JSON and hashing

	static String sha256Hex(String text) throws Exception {
		return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
	}

	static String sha256Hex(byte[] bytes) throws Exception {
		StringBuilder hex = new StringBuilder();
		for (byte b : MessageDigest.getInstance("SHA-256").digest(bytes)) {
			hex.append(String.format("%02x", b));
		}
		return hex.toString();
	}

	/** /2 draw key: HMAC-SHA256(key = the secret's bytes, message = UTF-8(seed)). */
	static byte[] hmac(byte[] key, String message) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(key, "HmacSHA256"));
		return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
	}

	static byte[] hex(String hex) {
		byte[] bytes = new byte[hex.length() / 2];
		for (int i = 0; i < bytes.length; i++) {
			bytes[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
		}
		return bytes;
	}

	/** RFC 8785 for integers, strings, booleans, arrays and objects (keys in UTF-16 order). */
	static String canonical(Object value) {
		if (value instanceof String s) {
			StringBuilder out = new StringBuilder("\"");
			for (char c : s.toCharArray()) {
				switch (c) {
					case '"' -> out.append("\\\"");
					case '\\' -> out.append("\\\\");
					case '\b' -> out.append("\\b");
					case '\t' -> out.append("\\t");
					case '\n' -> out.append("\\n");
					case '\f' -> out.append("\\f");
					case '\r' -> out.append("\\r");
					default -> out.append((c < 0x20) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
				}
			}
			return out.append('"').toString();
		}
		if (value instanceof Long || value instanceof Boolean) {
			return value.toString();
		}
		if (value instanceof List<?> list) {
			List<String> items = new ArrayList<>();
			list.forEach((item) -> items.add(canonical(item)));
			return "[" + String.join(",", items) + "]";
		}
		if (value instanceof Map<?, ?> map) {
			List<String> members = new ArrayList<>();
			new TreeMap<>(map).forEach((k, v) -> members.add(canonical(k) + ":" + canonical(v)));
			return "{" + String.join(",", members) + "}";
		}
		throw new IllegalArgumentException("the inputs hold a value canonical JSON does not allow: " + value);
	}

	@SuppressWarnings("unchecked")
	static Map<String, Object> asMap(Object value) {
		return (Map<String, Object>) value;
	}

	@SuppressWarnings("unchecked")
	static List<Object> asList(Object value) {
		return (value != null) ? (List<Object>) value : List.of();
	}

	static List<Map<String, Object>> maps(Object value) {
		List<Map<String, Object>> out = new ArrayList<>();
		asList(value).forEach((item) -> out.add(asMap(item)));
		return out;
	}

	/** A small JSON reader: objects keep their members, integers become Long, fractions Double. */
	static final class Json {

		private final String text;

		private int at;

		Json(String text) {
			this.text = text;
		}

		Object value() {
			skip();
			char c = this.text.charAt(this.at);
			if (c == '{') {
				Map<String, Object> map = new LinkedHashMap<>();
				this.at++;
				skip();
				if (peek('}')) {
					return map;
				}
				do {
					skip();
					String key = string();
					skip();
					expect(':');
					map.put(key, value());
					skip();
				}
				while (accept(','));
				expect('}');
				return map;
			}
			if (c == '[') {
				List<Object> list = new ArrayList<>();
				this.at++;
				skip();
				if (peek(']')) {
					return list;
				}
				do {
					list.add(value());
					skip();
				}
				while (accept(','));
				expect(']');
				return list;
			}
			if (c == '"') {
				return string();
			}
			if (this.text.startsWith("true", this.at)) {
				this.at += 4;
				return Boolean.TRUE;
			}
			if (this.text.startsWith("false", this.at)) {
				this.at += 5;
				return Boolean.FALSE;
			}
			if (this.text.startsWith("null", this.at)) {
				this.at += 4;
				return null;
			}
			int start = this.at;
			while (this.at < this.text.length() && "+-0123456789.eE".indexOf(this.text.charAt(this.at)) >= 0) {
				this.at++;
			}
			String number = this.text.substring(start, this.at);
			if (number.contains(".") || number.contains("e") || number.contains("E")) {
				return Double.valueOf(number);
			}
			return Long.valueOf(number);
		}

		private String string() {
			expect('"');
			StringBuilder out = new StringBuilder();
			while (true) {
				char c = this.text.charAt(this.at++);
				if (c == '"') {
					return out.toString();
				}
				if (c != '\\') {
					out.append(c);
					continue;
				}
				char e = this.text.charAt(this.at++);
				switch (e) {
					case 'b' -> out.append('\b');
					case 't' -> out.append('\t');
					case 'n' -> out.append('\n');
					case 'f' -> out.append('\f');
					case 'r' -> out.append('\r');
					case 'u' -> {
						out.append((char) Integer.parseInt(this.text.substring(this.at, this.at + 4), 16));
						this.at += 4;
					}
					default -> out.append(e);
				}
			}
		}

		private void skip() {
			while (this.at < this.text.length() && Character.isWhitespace(this.text.charAt(this.at))) {
				this.at++;
			}
		}

		private boolean peek(char c) {
			if (this.text.charAt(this.at) == c) {
				this.at++;
				return true;
			}
			return false;
		}

		private boolean accept(char c) {
			skip();
			return peek(c);
		}

		private void expect(char c) {
			skip();
			if (this.text.charAt(this.at) != c) {
				throw new IllegalArgumentException("malformed JSON at " + this.at + ": expected " + c);
			}
			this.at++;
		}

	}

}
