/**
 * The {@code templates} collection: one document per template version, its definition
 * kept as a nested document in the same JSON form as the template files.
 */
package org.shuangsuiji.scoring.template.persistence;
