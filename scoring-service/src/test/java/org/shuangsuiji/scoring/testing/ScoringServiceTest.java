package org.shuangsuiji.scoring.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;

import org.shuangsuiji.platform.test.ServiceTest;
import org.shuangsuiji.platform.test.inspection.InspectionStub;

/**
 * The whole service as {@link ServiceTest} starts it, calling {@link InspectionStub} as
 * its inspection-service and {@link EvidenceStub} as its evidence-service. Every test
 * class of the service uses this one, so they share one Spring context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ServiceTest
@ExtendWith(InspectionStub.Extension.class)
@ExtendWith(EvidenceStubExtension.class)
public @interface ScoringServiceTest {

}
