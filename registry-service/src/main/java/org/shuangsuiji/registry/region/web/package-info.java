/**
 * Region tree reads.
 */
package org.shuangsuiji.registry.region.web;
