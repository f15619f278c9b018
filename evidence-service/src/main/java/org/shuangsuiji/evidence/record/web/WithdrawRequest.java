package org.shuangsuiji.evidence.record.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why evidence is withdrawn. */
public record WithdrawRequest(@NotBlank @Size(max = 500) String reason) {
}
