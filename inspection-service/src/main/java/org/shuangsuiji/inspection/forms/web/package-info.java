/** The forms' HTTP API: PDFs assembled from the stored task, fact sheet and feedback. */
package org.shuangsuiji.inspection.forms.web;
