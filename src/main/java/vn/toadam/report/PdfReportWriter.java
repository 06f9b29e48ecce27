package vn.toadam.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.text.Bidi;
import java.text.Normalizer;
import java.util.List;
import vn.toadam.base.TranslationProvider;

/**
 * The discussion report as PDF. Its fonts ship in the jar and are embedded ({@link PdfFonts}), so every Vietnamese
 * letter renders on any machine, and Arabic, emoji and Chinese, Japanese or Korean text too; text is put in NFC first
 * so decomposed input shows as the same letters. Text with right-to-left characters is laid out in a cell with the
 * Unicode bidirectional algorithm, which is where OpenPDF joins Arabic letters into their connected forms.
 */
public final class PdfReportWriter {

    private static final float BODY_SIZE = 11.5f;

    private PdfReportWriter() {
    }

    public static void write(WorkshopReport report, OutputStream out) throws IOException {
        Document document = new Document(PageSize.A4, 85, 57, 57, 57);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new PageNumbers(TranslationProvider.translate("report.page", report.locale(), "{0}")));
            document.addTitle(nfc(report.title()));
            document.addCreator("Tọa Đàm");
            document.open();
            ReportLayout.write(report, new Sink(document));
            document.close();
        } catch (DocumentException e) {
            throw new IOException("Could not write the PDF report", e);
        }
    }

    static String nfc(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static Phrase regular(String text, float size) {
        return PdfFonts.phrase(text, false, size);
    }

    private static Phrase bold(String text, float size) {
        return PdfFonts.phrase(text, true, size);
    }

    private static Paragraph paragraphOf(Phrase phrase) {
        Paragraph p = new Paragraph(phrase);
        p.setLeading(phrase.getLeading());
        return p;
    }

    /** Whether the text needs the bidirectional algorithm (it holds right-to-left characters). */
    static boolean rightToLeft(String text) {
        return text != null && Bidi.requiresBidi(text.toCharArray(), 0, text.length());
    }

    private static PdfPCell cell(Phrase content, String text) {
        PdfPCell cell = new PdfPCell(content);
        if (rightToLeft(text)) {
            cell.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
        }
        return cell;
    }

    private static final class PageNumbers extends PdfPageEventHelper {
        private final String pattern;

        PageNumbers(String pattern) {
            this.pattern = pattern;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            Phrase number = new Phrase(pattern.replace("{0}", String.valueOf(writer.getPageNumber())),
                    PdfFonts.regular(9));
            float x = (document.left() + document.right()) / 2;
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER, number, x,
                    document.bottom() - 24, 0);
        }
    }

    private record Sink(Document doc) implements DocumentSink {

        @Override
        public void letterhead(List<Line> left, List<Line> right) {
            PdfPTable table = new PdfPTable(2);
            table.setWidthPercentage(100);
            table.addCell(block(left));
            table.addCell(block(right));
            add(table);
        }

        /**
         * One centred paragraph per line. Italics are slanted DejaVu Serif (OpenPDF's skew), which saves shipping an
         * italic font for one line; a line after an underlined one keeps clear of the rule.
         */
        private static PdfPCell block(List<Line> lines) {
            PdfPCell cell = new PdfPCell();
            boolean afterRule = false;
            for (Line line : lines) {
                Phrase phrase = PdfFonts.phrase(line.text(), line.bold(), BODY_SIZE);
                for (Element e : phrase) {
                    if (e instanceof Chunk chunk) {
                        if (line.italic()) {
                            chunk.setSkew(0, 12);
                        }
                        if (line.underlined()) {
                            chunk.setUnderline(0.7f, -3f);
                        }
                    }
                }
                Paragraph p = paragraphOf(phrase);
                p.setAlignment(Element.ALIGN_CENTER);
                p.setSpacingBefore(afterRule ? 5 : 0);
                afterRule = line.underlined();
                cell.addElement(p);
                if (rightToLeft(line.text())) {
                    cell.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
                }
            }
            cell.setBorder(Rectangle.NO_BORDER);
            return cell;
        }

        @Override
        public void title(String title, String subtitle) {
            Paragraph t = paragraphOf(bold(title, 15));
            t.setAlignment(Element.ALIGN_CENTER);
            t.setSpacingBefore(18);
            add(t, title);
            Paragraph s = paragraphOf(bold(subtitle, 13));
            s.setAlignment(Element.ALIGN_CENTER);
            s.setSpacingAfter(14);
            add(s, subtitle);
        }

        @Override
        public void heading(int level, String text) {
            Paragraph p = paragraphOf(bold(text, level == 1 ? 14 : level == 2 ? 12.5f : BODY_SIZE));
            p.setSpacingBefore(level == 1 ? 16 : 9);
            p.setSpacingAfter(4);
            p.setKeepTogether(true);
            add(p, text);
        }

        @Override
        public void paragraph(String text) {
            add(paragraphOf(regular(text, BODY_SIZE)), text);
        }

        @Override
        public void item(int indent, String text) {
            Paragraph p = paragraphOf(regular((indent == 0 ? "• " : "– ") + text, BODY_SIZE));
            p.setIndentationLeft(18f * (indent + 1));
            p.setFirstLineIndent(-10);
            add(p, text);
        }

        @Override
        public void table(List<String> headers, List<List<String>> rows, float[] relativeWidths) {
            PdfPTable table = new PdfPTable(relativeWidths);
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            table.setSpacingBefore(4);
            table.setSpacingAfter(8);
            for (String header : headers) {
                PdfPCell cell = cell(bold(header, 10), header);
                cell.setHorizontalAlignment(Element.ALIGN_CENTER);
                cell.setPadding(4);
                table.addCell(cell);
            }
            for (List<String> row : rows) {
                for (String value : row) {
                    PdfPCell cell = cell(regular(value, 10), value);
                    cell.setPadding(4);
                    table.addCell(cell);
                }
            }
            add(table);
        }

        @Override
        public void signatures(List<Signature> signatures) {
            PdfPTable table = new PdfPTable(signatures.size());
            table.setWidthPercentage(100);
            table.setSpacingBefore(16);
            table.setKeepTogether(true);
            for (Signature s : signatures) {
                Paragraph p = new Paragraph();
                p.add(bold(s.role() + "\n", BODY_SIZE));
                p.add(regular(s.hint() + "\n\n\n\n", 10));
                p.add(bold(s.name(), BODY_SIZE));
                PdfPCell cell = cell(p, s.role() + s.hint() + s.name());
                cell.setBorder(Rectangle.NO_BORDER);
                cell.setHorizontalAlignment(Element.ALIGN_CENTER);
                table.addCell(cell);
            }
            add(table);
        }

        private void add(Element element) {
            doc.add(element);
        }

        /**
         * A paragraph goes straight onto the page, unless its text runs right to left in places: then into a
         * borderless full-width cell, as only cells and columns apply the bidirectional algorithm and Arabic joining.
         */
        private void add(Paragraph paragraph, String text) {
            if (!rightToLeft(text)) {
                add(paragraph);
                return;
            }
            PdfPCell cell = new PdfPCell();
            cell.addElement(paragraph);
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setPadding(0);
            cell.setRunDirection(PdfWriter.RUN_DIRECTION_LTR);
            PdfPTable table = new PdfPTable(1);
            table.setWidthPercentage(100);
            table.setSplitLate(false);
            table.addCell(cell);
            add(table);
        }
    }
}
