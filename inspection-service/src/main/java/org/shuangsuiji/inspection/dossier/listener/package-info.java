/**
 * The dossier sample's audit entries, written from its events (its metrics are declared
 * in config/).
 */
package org.shuangsuiji.inspection.dossier.listener;
