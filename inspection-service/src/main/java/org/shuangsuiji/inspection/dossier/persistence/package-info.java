/**
 * The {@code dossiers} collection: one document per task.
 */
package org.shuangsuiji.inspection.dossier.persistence;
