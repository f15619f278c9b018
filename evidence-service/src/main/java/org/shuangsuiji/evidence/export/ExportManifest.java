package org.shuangsuiji.evidence.export;

import java.util.List;

/**
 * {@code manifest.json} of an export: everything recorded about the inspection's
 * evidence.
 *
 * @param format the manifest format
 * @param recordFormat the canonical record format the record hashes cover
 * @param inspectionId the inspection
 * @param agencyId the inspected agency
 * @param region the agency's region
 * @param closedAt when the inspection was closed, if it was
 * @param exportedAt when the export was made
 * @param exportedBy who made it
 * @param headHash the record hash of the last record
 * @param closedHeadHash the head hash recorded when the inspection closed, if it did
 * @param files the records in chain order
 */
public record ExportManifest(String format, String recordFormat, String inspectionId, String agencyId, String region,
		String closedAt, String exportedAt, String exportedBy, String headHash, String closedHeadHash,
		List<Entry> files) {

	/**
	 * One evidence file of the export; {@code flags} are the review flags judged on
	 * upload (not covered by the record hash).
	 */
	public record Entry(long sequence, String evidenceId, String path, String recordPath, String fileName, String kind,
			String taskId, String checklistItem, String contentType, long size, String sha256, String capturedAt,
			Double latitude, Double longitude, String uploadedAt, String uploaderId, String uploaderName,
			String previousHash, String recordHash, Withdrawal withdrawal, List<String> flags) {
	}

	/** The withdrawal of a file, which is exported all the same: the chain needs it. */
	public record Withdrawal(String at, String byId, String byName, String reason) {
	}

}
