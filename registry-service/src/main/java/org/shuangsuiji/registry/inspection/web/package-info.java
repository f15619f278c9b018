/**
 * The inspection rectification outcomes of an agency over HTTP:
 * {@code /api/registry/agencies/{agencyId}/inspection-rectifications}.
 */
package org.shuangsuiji.registry.inspection.web;
