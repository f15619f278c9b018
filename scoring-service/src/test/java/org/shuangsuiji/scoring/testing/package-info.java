/** Test support: the scoring API as a client sees it. */
package org.shuangsuiji.scoring.testing;
