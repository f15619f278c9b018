/**
 * The gateway (Spring Cloud Gateway on WebFlux). Routes live in {@code application.yml}.
 */
@NullMarked
package org.shuangsuiji.gateway;

import org.jspecify.annotations.NullMarked;
