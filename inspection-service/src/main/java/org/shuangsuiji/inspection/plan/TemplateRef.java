package org.shuangsuiji.inspection.plan;

/**
 * The scoring template version (检查评分表) a plan's inspections are scored with, held by
 * scoring-service.
 */
public record TemplateRef(String templateId, int version) {

}
