/**
 * The {@code draws} collection: one document per plan ({@code _id} = plan id), holding
 * the canonical inputs exactly as hashed, the seed, the result and the replacements.
 */
package org.shuangsuiji.inspection.draw.persistence;
