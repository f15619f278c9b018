/** The verification endpoint. */
package org.shuangsuiji.evidence.verification.web;
