package org.shuangsuiji.scoring.sheet.web;

/** Submits the sheet as last read: {@code version} is the sheet version, optional. */
public record SubmitRequest(Long version) {

}
