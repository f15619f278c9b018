/**
 * The draw over HTTP: commit, draw and replace for the organising bureau; the public draw
 * record and its re-run for everyone.
 */
package org.shuangsuiji.inspection.draw.web;
