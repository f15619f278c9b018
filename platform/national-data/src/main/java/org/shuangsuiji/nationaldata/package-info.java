/**
 * A synthetic national data set, deterministic from a seed ({@link DataSetGenerator}),
 * written into a running platform through its own bulk imports and HTTP APIs
 * ({@link PlatformWriter}), or as import files ({@link ImportFiles}). Everything it makes
 * is fictional.
 */
package org.shuangsuiji.nationaldata;
