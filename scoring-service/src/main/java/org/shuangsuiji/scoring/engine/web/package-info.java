/**
 * The stateless evaluation endpoint (previews) and the answer bodies shared with sheets.
 */
package org.shuangsuiji.scoring.engine.web;
