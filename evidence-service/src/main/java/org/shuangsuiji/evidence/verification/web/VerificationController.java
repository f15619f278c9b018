package org.shuangsuiji.evidence.verification.web;

import java.time.Clock;
import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;

import org.shuangsuiji.evidence.record.EvidenceEvent;
import org.shuangsuiji.evidence.record.EvidenceService;
import org.shuangsuiji.evidence.verification.ChainVerifier;
import org.shuangsuiji.evidence.verification.VerificationReport;
import org.shuangsuiji.platform.security.Caller;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Re-reads every object of an inspection, recomputes every hash and checks the chain. The
 * answer is 200 either way: a tampered file is a finding, not an error of the request.
 */
@RestController
public class VerificationController {

	private final EvidenceService evidence;

	private final ChainVerifier verifier;

	private final Clock clock;

	private final MeterRegistry meters;

	public VerificationController(EvidenceService evidence, ChainVerifier verifier, Clock clock, MeterRegistry meters) {
		this.evidence = evidence;
		this.verifier = verifier;
		this.clock = clock;
		this.meters = meters;
	}

	@GetMapping("/api/evidence/inspections/{inspectionId}/verification")
	public VerificationReport verify(@PathVariable String inspectionId, Caller caller) {
		VerificationReport report = this.verifier.verify(inspectionId, this.evidence.list(caller, inspectionId),
				this.clock.instant());
		this.evidence.record(EvidenceEvent.Type.VERIFIED, inspectionId, caller,
				Map.of("intact", Boolean.toString(report.intact()), "findings",
						Integer.toString(report.findings().size()), "headHash", report.headHash()));
		this.meters.counter("evidence.verification.completed", "intact", Boolean.toString(report.intact())).increment();
		return report;
	}

}
