/**
 * The soak of issue #13: the demo users' mix of reads and writes from many concurrent
 * clients through the gateway of a running local platform, counting every answer and
 * every acknowledged write. Run by scripts/soak.sh, never by the build's tests.
 */
package org.shuangsuiji.load;
