package org.shuangsuiji.k8s;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A rule test run once for each overlay under {@code k8s/overlays}, given its name. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ParameterizedTest
@MethodSource("org.shuangsuiji.k8s.Overlay#names")
@interface EveryOverlay {

}
