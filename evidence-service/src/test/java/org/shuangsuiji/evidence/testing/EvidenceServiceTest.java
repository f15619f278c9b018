package org.shuangsuiji.evidence.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

import org.shuangsuiji.platform.test.ServiceTest;
import org.shuangsuiji.platform.test.inspection.InspectionStub;

/**
 * platform-test's {@link ServiceTest} (the whole service on a random port against the
 * real MongoDB-protocol and S3 servers, signed tokens) with inspection-service's access
 * endpoint answered by {@link InspectionStub}. Every evidence service test uses it, so
 * they share one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ServiceTest
@ExtendWith(InspectionStub.Extension.class)
public @interface EvidenceServiceTest {

}
