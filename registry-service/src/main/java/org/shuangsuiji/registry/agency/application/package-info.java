/**
 * Agency use cases: register, change, read and search within scope; keep flags fresh.
 */
package org.shuangsuiji.registry.agency.application;
