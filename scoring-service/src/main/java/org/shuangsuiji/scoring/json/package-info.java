/**
 * The JSON form of templates, answers and results: the template files in the repository,
 * the API bodies and the stored definitions share it.
 */
package org.shuangsuiji.scoring.json;
