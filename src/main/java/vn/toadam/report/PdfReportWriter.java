package vn.toadam.report;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.List;
import vn.toadam.base.TranslationProvider;

/**
 * The discussion report as PDF. The DejaVu Serif font ships in the jar and is embedded, so every Vietnamese letter
 * renders on any machine; text is put in NFC first so decomposed input shows as the same letters.
 */
public final class PdfReportWriter {

    private static final BaseFont REGULAR = font("/fonts/DejaVuSerif.ttf");
    private static final BaseFont BOLD = font("/fonts/DejaVuSerif-Bold.ttf");
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

    private static BaseFont font(String resource) {
        try (InputStream in = PdfReportWriter.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the jar: " + resource);
            }
            return BaseFont.createFont(resource.substring(resource.lastIndexOf('/') + 1), BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String nfc(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static Font regular(float size) {
        return new Font(REGULAR, size);
    }

    private static Font bold(float size) {
        return new Font(BOLD, size);
    }

    private static final class PageNumbers extends PdfPageEventHelper {
        private final String pattern;

        PageNumbers(String pattern) {
            this.pattern = pattern;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            Phrase number = new Phrase(pattern.replace("{0}", String.valueOf(writer.getPageNumber())), regular(9));
            float x = (document.left() + document.right()) / 2;
            ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER, number, x,
                    document.bottom() - 24, 0);
        }
    }

    private record Sink(Document doc) implements DocumentSink {

        @Override
        public void letterhead(List<String> left, List<String> right) {
            PdfPTable table = new PdfPTable(2);
            table.setWidthPercentage(100);
            table.addCell(block(left));
            table.addCell(block(right));
            add(table);
        }

        private static PdfPCell block(List<String> lines) {
            Paragraph p = new Paragraph();
            for (int i = 0; i < lines.size(); i++) {
                p.add(new Chunk(nfc(lines.get(i)) + (i < lines.size() - 1 ? "\n" : ""),
                        i == 0 ? bold(BODY_SIZE) : regular(BODY_SIZE)));
            }
            PdfPCell cell = new PdfPCell(p);
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            return cell;
        }

        @Override
        public void title(String title, String subtitle) {
            Paragraph t = new Paragraph(nfc(title), bold(15));
            t.setAlignment(Element.ALIGN_CENTER);
            t.setSpacingBefore(18);
            add(t);
            Paragraph s = new Paragraph(nfc(subtitle), bold(13));
            s.setAlignment(Element.ALIGN_CENTER);
            s.setSpacingAfter(14);
            add(s);
        }

        @Override
        public void heading(int level, String text) {
            Paragraph p = new Paragraph(nfc(text), bold(level == 1 ? 14 : level == 2 ? 12.5f : BODY_SIZE));
            p.setSpacingBefore(level == 1 ? 16 : 9);
            p.setSpacingAfter(4);
            p.setKeepTogether(true);
            add(p);
        }

        @Override
        public void paragraph(String text) {
            add(new Paragraph(nfc(text), regular(BODY_SIZE)));
        }

        @Override
        public void item(int indent, String text) {
            Paragraph p = new Paragraph((indent == 0 ? "• " : "– ") + nfc(text), regular(BODY_SIZE));
            p.setIndentationLeft(18f * (indent + 1));
            p.setFirstLineIndent(-10);
            add(p);
        }

        @Override
        public void table(List<String> headers, List<List<String>> rows, float[] relativeWidths) {
            PdfPTable table = new PdfPTable(relativeWidths);
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            table.setSpacingBefore(4);
            table.setSpacingAfter(8);
            for (String header : headers) {
                PdfPCell cell = new PdfPCell(new Phrase(nfc(header), bold(10)));
                cell.setHorizontalAlignment(Element.ALIGN_CENTER);
                cell.setPadding(4);
                table.addCell(cell);
            }
            for (List<String> row : rows) {
                for (String value : row) {
                    PdfPCell cell = new PdfPCell(new Phrase(nfc(value), regular(10)));
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
                p.add(new Chunk(nfc(s.role()) + "\n", bold(BODY_SIZE)));
                p.add(new Chunk(nfc(s.hint()) + "\n\n\n\n", regular(10)));
                p.add(new Chunk(nfc(s.name()), bold(BODY_SIZE)));
                PdfPCell cell = new PdfPCell(p);
                cell.setBorder(Rectangle.NO_BORDER);
                cell.setHorizontalAlignment(Element.ALIGN_CENTER);
                table.addCell(cell);
            }
            add(table);
        }

        private void add(Element element) {
            doc.add(element);
        }
    }
}
