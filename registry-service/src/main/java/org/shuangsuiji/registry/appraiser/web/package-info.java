/**
 * Appraiser endpoints.
 */
package org.shuangsuiji.registry.appraiser.web;
