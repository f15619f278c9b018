package org.shuangsuiji.inspection.dossier;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The 20-file dossier draw over a 5,000-case register (goal < 50 ms). Not part of the
 * test run; see the README. {@code commitAndDraw} is what the service does from the
 * stored register: the window's files, their canonical JSON and SHA-256, then the draw.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DossierBenchmark {

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
