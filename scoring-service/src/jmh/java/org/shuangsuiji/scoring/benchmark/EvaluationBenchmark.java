package org.shuangsuiji.scoring.benchmark;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

import org.shuangsuiji.scoring.engine.Answers;
import org.shuangsuiji.scoring.engine.Evaluation;
import org.shuangsuiji.scoring.engine.Scorer;

/**
 * Evaluations per second of a fully answered 鄂州 sheet on one thread (goal: at least
 * 20,000/s), with the checklist for comparison. On a shared machine wall-clock throughput
 * follows the load, so each iteration also prints the throughput per second of CPU time the
 * benchmark thread actually got.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class EvaluationBenchmark {

	private Scorer ezhou;

	private Answers ezhouAnswers;

	private Scorer xinxiang;

	private Answers xinxiangAnswers;

	private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

	private long calls;

	private long cpuAtStart;

	@Setup
	public void setUp() {
		this.ezhou = Scorer.of(BenchmarkSheets.ezhou());
		this.ezhouAnswers = BenchmarkSheets.fullyAnsweredEzhou();
		Evaluation check = this.ezhou.evaluate(this.ezhouAnswers);
		if (!check.complete() || check.trace().size() < 30) {
			throw new IllegalStateException("the benchmark sheet is not fully answered: " + check.missingItems());
		}
		this.xinxiang = Scorer.of(BenchmarkSheets.xinxiang());
		this.xinxiangAnswers = BenchmarkSheets.answeredXinxiang(1);
	}

	@Setup(Level.Iteration)
	public void startIteration() {
		this.calls = 0;
		this.cpuAtStart = this.threads.getCurrentThreadCpuTime();
	}

	@TearDown(Level.Iteration)
	public void endIteration() {
		double cpuSeconds = (this.threads.getCurrentThreadCpuTime() - this.cpuAtStart) / 1e9;
		System.out.printf("[%,d evaluations in %.2f s of CPU: %,.0f per CPU-second] ", this.calls, cpuSeconds,
				this.calls / cpuSeconds);
	}

	@Benchmark
	public Evaluation ezhouFullyAnswered() {
		this.calls++;
		return this.ezhou.evaluate(this.ezhouAnswers);
	}

	@Benchmark
	public Evaluation xinxiangChecklist() {
		this.calls++;
		return this.xinxiang.evaluate(this.xinxiangAnswers);
	}

}
