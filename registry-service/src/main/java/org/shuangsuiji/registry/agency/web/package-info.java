/**
 * Agency endpoints: the bureau API, the draw's pool and the public directory.
 */
package org.shuangsuiji.registry.agency.web;
