/**
 * One HTTP client for every service's tests: real requests over loopback with real signed
 * tokens.
 */
package org.shuangsuiji.platform.test.http;
