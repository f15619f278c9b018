/**
 * Reading what people give the registry, in forms, query parameters and import rows
 * alike: every fault of one input is collected before it is refused ({@link Problems}: a
 * form and an import row answer the same way, ADR 0201), typed text is cleaned, business
 * categories are read by code or Chinese name, and lists are read a page at a time. Plain
 * Java; every feature that takes input uses it.
 */
package org.shuangsuiji.registry.input;
