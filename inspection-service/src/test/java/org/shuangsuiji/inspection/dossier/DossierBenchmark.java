package org.shuangsuiji.inspection.dossier;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;

import org.shuangsuiji.inspection.support.BenchmarkHarness;

/**
 * The 20-file dossier draw over a 5,000-case register (goal < 50 ms). Not part of the
 * test run; see the README. {@code commitAndDraw} is what the service does from the
 * stored register: the window's files, their canonical JSON and SHA-256, then the draw.
 */
public class DossierBenchmark extends BenchmarkHarness {

	private List<Register> registers;

	private SampleInputs inputs;

	private String commitment;

	private int seed;

	@Setup
	public void setUp() {
		this.registers = List.of(DossierFixtures.register(RegisterKind.COMMISSION, DossierFixtures.commissions(5000)));
		this.inputs = inputs();
		this.commitment = this.inputs.commitment();
	}

	private SampleInputs inputs() {
		return SampleInputs.of("plan:ag", "plan", "ag", LocalDate.of(2023, 1, 1), LocalDate.of(2024, 6, 11), 20,
				Set.of(), this.registers);
	}

	@Benchmark
	public SampleResult drawOnly() {
		return DossierDraw.draw(this.inputs, this.commitment, "bench-" + this.seed++);
	}

	@Benchmark
	public SampleResult commitAndDraw() {
		SampleInputs fresh = inputs();
		return DossierDraw.draw(fresh, fresh.commitment(), "bench-" + this.seed++);
	}

}
