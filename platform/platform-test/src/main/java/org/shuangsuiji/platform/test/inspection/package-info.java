/**
 * inspection-service's access endpoint (ADR 0404) as a small real HTTP server, for the
 * tests of the services that ask it (scoring, evidence).
 */
package org.shuangsuiji.platform.test.inspection;
