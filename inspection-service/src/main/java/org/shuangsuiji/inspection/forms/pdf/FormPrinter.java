package org.shuangsuiji.inspection.forms.pdf;

import java.util.List;

import org.shuangsuiji.inspection.forms.FactSheetForm;
import org.shuangsuiji.inspection.forms.FeedbackForm;
import org.shuangsuiji.inspection.forms.PlanSummaryReport;

/**
 * The PDF renderers over one shared font, loaded on the first form rather than at
 * start-up: a machine without the CJK font still runs the service, and only the forms
 * answer 503 {@code form-font-missing} until the font is installed.
 */
public final class FormPrinter implements AutoCloseable {

	private final List<String> fontPaths;

	private FormFonts fonts;

	public FormPrinter(List<String> fontPaths) {
		this.fontPaths = List.copyOf(fontPaths);
	}

	public byte[] factSheet(FactSheetForm form) {
		return new FactSheetPdf(fonts()).render(form);
	}

	public byte[] feedback(FeedbackForm form) {
		return new FeedbackFormPdf(fonts()).render(form);
	}

	public byte[] summary(PlanSummaryReport report) {
		return new PlanSummaryPdf(fonts()).render(report);
	}

	private synchronized FormFonts fonts() {
		if (this.fonts == null) {
			this.fonts = new FormFonts(this.fontPaths);
		}
		return this.fonts;
	}

	@Override
	public synchronized void close() throws Exception {
		if (this.fonts != null) {
			this.fonts.close();
		}
	}

}
