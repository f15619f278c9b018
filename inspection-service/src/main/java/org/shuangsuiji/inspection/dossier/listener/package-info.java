/**
 * The dossier sample's audit entries and metrics, written from its events.
 */
package org.shuangsuiji.inspection.dossier.listener;
