/**
 * Domain helpers every feature of the registry uses: collecting input problems, cleaning
 * text.
 */
package org.shuangsuiji.registry.shared;
