package vn.toadam.report;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/** The discussion report as a Word document (A4, Times New Roman 13 pt, headings, tables, page numbers). */
public final class DocxReportWriter {

    static final String FONT = "Times New Roman";
    private static final int BODY_SIZE = 13;

    private DocxReportWriter() {
    }

    public static void write(WorkshopReport report, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            setUp(doc);
            ReportLayout.write(report, new Sink(doc));
            pageNumbers(doc);
            doc.write(out);
        }
    }

    private static void setUp(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(FONT);
        fonts.setHAnsi(FONT);
        fonts.setCs(FONT);
        fonts.setEastAsia(FONT);
        styles.setDefaultFonts(fonts);
        for (int level = 1; level <= 3; level++) {
            CTStyle style = CTStyle.Factory.newInstance();
            style.setStyleId("Heading" + level);
            style.addNewName().setVal("heading " + level);
            style.setType(STStyleType.PARAGRAPH);
            style.addNewBasedOn().setVal("Normal");
            style.addNewQFormat();
            style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1L));
            styles.addStyle(new XWPFStyle(style));
        }
        var pageSize = doc.getDocument().getBody().addNewSectPr();
        pageSize.addNewPgSz().setW(BigInteger.valueOf(11906));
        pageSize.getPgSz().setH(BigInteger.valueOf(16838));
        var margins = pageSize.addNewPgMar();
        margins.setTop(BigInteger.valueOf(1134));
        margins.setBottom(BigInteger.valueOf(1134));
        margins.setLeft(BigInteger.valueOf(1701));
        margins.setRight(BigInteger.valueOf(1134));
    }

    private static void pageNumbers(XWPFDocument doc) {
        XWPFParagraph p = doc.createFooter(HeaderFooterType.DEFAULT).createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.getCTP().addNewFldSimple().setInstr("PAGE");
    }

    private record Sink(XWPFDocument doc) implements DocumentSink {

        @Override
        public void letterhead(List<Line> left, List<Line> right) {
            XWPFTable table = borderless(doc.createTable(1, 2));
            heading(table.getRow(0).getCell(0), left);
            heading(table.getRow(0).getCell(1), right);
        }

        @Override
        public void title(String title, String subtitle) {
            XWPFParagraph p = doc.createParagraph();
            p.setAlignment(ParagraphAlignment.CENTER);
            p.setSpacingBefore(240);
            run(p, title, true, false, 15);
            XWPFParagraph s = doc.createParagraph();
            s.setAlignment(ParagraphAlignment.CENTER);
            s.setSpacingAfter(240);
            run(s, subtitle, true, false, 14);
        }

        @Override
        public void heading(int level, String text) {
            XWPFParagraph p = doc.createParagraph();
            p.setStyle("Heading" + level);
            p.setSpacingBefore(level == 1 ? 360 : 200);
            p.setKeepNext(true);
            run(p, text, true, level == 3, level == 1 ? 14 : BODY_SIZE);
        }

        @Override
        public void paragraph(String text) {
            run(doc.createParagraph(), text, false, false, BODY_SIZE);
        }

        @Override
        public void item(int indent, String text) {
            XWPFParagraph p = doc.createParagraph();
            p.setIndentationLeft(360 * (indent + 1));
            p.setIndentationHanging(240);
            run(p, (indent == 0 ? "• " : "– ") + text, false, indent > 1, BODY_SIZE);
        }

        @Override
        public void table(List<String> headers, List<List<String>> rows, float[] relativeWidths) {
            XWPFTable table = doc.createTable(rows.size() + 1, headers.size());
            table.setWidth("100%");
            float sum = 0;
            for (float w : relativeWidths) {
                sum += w;
            }
            for (int c = 0; c < headers.size(); c++) {
                XWPFTableCell cell = table.getRow(0).getCell(c);
                cell.setWidth(Math.round(100 * relativeWidths[c] / sum) + "%");
                fill(cell, List.of(headers.get(c)), true);
            }
            table.getRow(0).setRepeatHeader(true);
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < headers.size(); c++) {
                    fill(table.getRow(r + 1).getCell(c), List.of(rows.get(r).get(c).split("\n")), false);
                }
            }
            doc.createParagraph();
        }

        @Override
        public void signatures(List<Signature> signatures) {
            XWPFTable table = borderless(doc.createTable(1, signatures.size()));
            for (int i = 0; i < signatures.size(); i++) {
                Signature s = signatures.get(i);
                XWPFTableCell cell = table.getRow(0).getCell(i);
                XWPFParagraph role = cell.getParagraphs().get(0);
                role.setAlignment(ParagraphAlignment.CENTER);
                role.setSpacingBefore(240);
                run(role, s.role(), true, false, BODY_SIZE);
                XWPFParagraph hint = cell.addParagraph();
                hint.setAlignment(ParagraphAlignment.CENTER);
                run(hint, s.hint(), false, true, BODY_SIZE);
                XWPFParagraph name = cell.addParagraph();
                name.setAlignment(ParagraphAlignment.CENTER);
                name.setSpacingBefore(1200);
                run(name, s.name(), true, false, BODY_SIZE);
            }
        }

        private static XWPFTable borderless(XWPFTable table) {
            table.setWidth("100%");
            table.setTopBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
            table.setBottomBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
            table.setLeftBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
            table.setRightBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
            table.setInsideHBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
            table.setInsideVBorder(XWPFTable.XWPFBorderType.NONE, 0, 0, "auto");
            return table;
        }

        /** The lines of a heading column, centred, each in its own paragraph. */
        private static void heading(XWPFTableCell cell, List<Line> lines) {
            XWPFParagraph p = cell.getParagraphs().get(0);
            for (int i = 0; i < lines.size(); i++) {
                if (i > 0) {
                    p = cell.addParagraph();
                }
                p.setAlignment(ParagraphAlignment.CENTER);
                Line line = lines.get(i);
                XWPFRun run = run(p, line.text(), line.bold(), line.italic(), BODY_SIZE);
                if (line.underlined()) {
                    run.setUnderline(UnderlinePatterns.SINGLE);
                }
            }
        }

        private static void fill(XWPFTableCell cell, List<String> lines, boolean centeredBold) {
            XWPFParagraph p = cell.getParagraphs().get(0);
            for (int i = 0; i < lines.size(); i++) {
                if (i > 0) {
                    p = cell.addParagraph();
                }
                if (centeredBold) {
                    p.setAlignment(ParagraphAlignment.CENTER);
                }
                run(p, lines.get(i), centeredBold, false, BODY_SIZE);
            }
        }

        private static XWPFRun run(XWPFParagraph p, String text, boolean bold, boolean italic, int size) {
            XWPFRun run = p.createRun();
            run.setFontFamily(FONT);
            run.setFontSize(size);
            run.setBold(bold);
            run.setItalic(italic);
            run.setText(text == null ? "" : text);
            return run;
        }
    }
}
