package org.shuangsuiji.scoring.config;

import org.shuangsuiji.scoring.sheet.persistence.MongoSheetStore;
import org.shuangsuiji.scoring.template.persistence.MongoTemplateStore;
import org.shuangsuiji.scoring.template.persistence.TemplateFileLoader;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At every start: the indexes, then the template files (idempotent, see
 * {@link TemplateFileLoader}).
 */
@Component
@Order(0)
class ScoringStartup implements ApplicationRunner {

	private final MongoTemplateStore templates;

	private final MongoSheetStore sheets;

	private final TemplateFileLoader files;

	ScoringStartup(MongoTemplateStore templates, MongoSheetStore sheets, TemplateFileLoader files) {
		this.templates = templates;
		this.sheets = sheets;
		this.files = files;
	}

	@Override
	public void run(ApplicationArguments args) {
		this.templates.createIndexes();
		this.sheets.createIndexes();
		this.files.loadAll();
	}

}
