/**
 * Import and export endpoints.
 */
package org.shuangsuiji.registry.importing.web;
