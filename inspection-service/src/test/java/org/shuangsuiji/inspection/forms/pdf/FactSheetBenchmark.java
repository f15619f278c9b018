package org.shuangsuiji.inspection.forms.pdf;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.shuangsuiji.inspection.forms.FactSheetForm;
import org.shuangsuiji.inspection.forms.FormFixtures;
import org.shuangsuiji.inspection.support.BenchmarkHarness;

/**
 * One 事实确认单 with 10 facts (two pages) rendered to PDF bytes (goal < 300 ms). Not part of
 * the test run; see the README. {@code render} is the service's way (the font parsed once
 * and shared); {@code renderLoadingTheFont} parses the font file for every document,
 * which is what sharing saves.
 */
public class FactSheetBenchmark extends BenchmarkHarness {

	private FormFonts fonts;

	private FactSheetPdf pdf;

	private FactSheetForm form;

	@Setup
	public void setUp() {
		this.fonts = new FormFonts(FormFonts.DEFAULT_PATHS);
		this.pdf = new FactSheetPdf(this.fonts);
		this.form = FormFixtures.factSheet(FormFixtures.facts(10, 100));
	}

	@TearDown
	public void tearDown() throws Exception {
		this.fonts.close();
	}

	@Benchmark
	public byte[] render() {
		return this.pdf.render(this.form);
	}

	@Benchmark
	public byte[] renderLoadingTheFont() throws Exception {
		try (FormFonts fresh = new FormFonts(FormFonts.DEFAULT_PATHS)) {
			return new FactSheetPdf(fresh).render(this.form);
		}
	}

}
