/**
 * The forms as PDFs (PDFBox): A4, a CJK font embedded as a subset ({@code FormFonts},
 * loaded once), bordered tables laid out like the seed's 附件① and 附件②, long text wrapped
 * and flowed onto further pages, "第 n 页 共 m 页" on every page, and the fact sheet's
 * verification QR code (ZXing) drawn as vector squares.
 */
package org.shuangsuiji.inspection.forms.pdf;
