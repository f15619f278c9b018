package org.shuangsuiji.registry.inspection;

/**
 * The finding a rectification item came from.
 *
 * @param ref the finding's reference within the inspection ({@code F1} … or a checklist
 * item)
 * @param templateItemId the checklist (template) item, {@code null} when there is none
 * @param text what the agency had to put right
 */
public record Finding(String ref, String templateItemId, String text) {

}
