/**
 * Dossier sampling over HTTP: register uploads, commitment, draw, verification, reviews.
 */
package org.shuangsuiji.inspection.dossier.web;
