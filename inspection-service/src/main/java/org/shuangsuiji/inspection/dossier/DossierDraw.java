package org.shuangsuiji.inspection.dossier;

import java.util.ArrayList;
import java.util.List;

import org.shuangsuiji.inspection.draw.RandomStream;

/**
 * The dossier draw (ADR 0403), deterministic given the inputs and the seed. When the
 * window holds no more files than the sample size, every file is taken in case-number
 * order. Otherwise successive weighted sampling without replacement, as the main draw
 * samples agencies (ADR 0401 step 5): on the stream {@code (seed, "dossier")} bound to
 * the commitment, each pick is {@code r = below(total remaining weight)} and takes the
 * first remaining file in case-number order whose running weight sum exceeds {@code r}.
 * Integers only.
 */
public final class DossierDraw {

	public static final String LABEL = "dossier";

	private DossierDraw() {
	}

	public static SampleResult draw(SampleInputs inputs, String commitment, String seed) {
		if (seed == null || seed.isEmpty()) {
			throw new IllegalArgumentException("a dossier draw needs a seed");
		}
		List<SampleCase> cases = inputs.cases();
		if (cases.size() <= inputs.sampleSize()) {
			return new SampleResult(cases.stream().map(SampleCase::caseNumber).toList(), true, cases.size());
		}
		List<SampleCase> remaining = new ArrayList<>(cases);
		long[] weights = new long[cases.size()];
		long total = 0;
		for (int i = 0; i < cases.size(); i++) {
			weights[i] = cases.get(i).weight(inputs.isCore(cases.get(i)));
			total += weights[i];
		}
		List<Long> remainingWeights = new ArrayList<>(cases.size());
		for (long weight : weights) {
			remainingWeights.add(weight);
		}
		RandomStream stream = new RandomStream(seed, commitment, LABEL);
		List<String> drawn = new ArrayList<>(inputs.sampleSize());
		while (drawn.size() < inputs.sampleSize()) {
			long r = stream.below(total);
			long running = 0;
			for (int i = 0; i < remaining.size(); i++) {
				running += remainingWeights.get(i);
				if (running > r) {
					drawn.add(remaining.remove(i).caseNumber());
					total -= remainingWeights.remove(i);
					break;
				}
			}
		}
		return new SampleResult(drawn, false, cases.size());
	}

}
