/**
 * Web helpers every controller of the registry uses: query parameters, pages.
 */
package org.shuangsuiji.registry.shared.web;
