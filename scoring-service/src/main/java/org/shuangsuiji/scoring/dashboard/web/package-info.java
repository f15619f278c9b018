/** The dashboard endpoint for bureaus. */
package org.shuangsuiji.scoring.dashboard.web;
