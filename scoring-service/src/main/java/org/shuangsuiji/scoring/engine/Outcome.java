package org.shuangsuiji.scoring.engine;

/** A grade (优秀 …) or a checklist conclusion (限期整改 …): a stable code and the wording. */
public record Outcome(String code, String label) {

}
