/**
 * The stateless evaluation endpoint (previews): answers in, the explained result out.
 */
package org.shuangsuiji.scoring.engine.web;
