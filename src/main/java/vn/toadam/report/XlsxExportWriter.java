package vn.toadam.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The raw data as a workbook: one sheet per kind of data, a bold frozen header row with filters, sized columns. Every
 * value is a text cell; one that looks like a formula gets a quote-prefixed style, Excel's own "this is text" mark,
 * so the cell shows exactly what was typed and never runs.
 */
public final class XlsxExportWriter {

    private static final int MAX_COLUMN_CHARS = 60;

    private XlsxExportWriter() {
    }

    public static void write(WorkshopReport report, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle wrap = workbook.createCellStyle();
            wrap.setWrapText(true);
            Styles headers = new Styles(header, quotePrefixed(workbook, header));
            Styles values = new Styles(wrap, quotePrefixed(workbook, wrap));
            for (ReportTables.Table table : ReportTables.all(report)) {
                Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.name()));
                int[] widths = new int[table.headers().size()];
                writeRow(sheet.createRow(0), table.headers(), headers, widths);
                for (int r = 0; r < table.rows().size(); r++) {
                    writeRow(sheet.createRow(r + 1), table.rows().get(r), values, widths);
                }
                sheet.createFreezePane(0, 1);
                sheet.setAutoFilter(new CellRangeAddress(0, Math.max(table.rows().size(), 1), 0,
                        table.headers().size() - 1));
                for (int c = 0; c < widths.length; c++) {
                    sheet.setColumnWidth(c, (Math.min(widths[c], MAX_COLUMN_CHARS) + 2) * 256);
                }
            }
            workbook.write(out);
        }
    }

    /** A style and its quote-prefixed twin. */
    private record Styles(CellStyle plain, CellStyle text) {
    }

    private static CellStyle quotePrefixed(XSSFWorkbook workbook, CellStyle base) {
        CellStyle style = workbook.createCellStyle();
        style.cloneStyleFrom(base);
        style.setQuotePrefixed(true);
        return style;
    }

    private static void writeRow(Row row, List<String> values, Styles styles, int[] widths) {
        for (int c = 0; c < values.size(); c++) {
            String value = values.get(c) == null ? "" : values.get(c);
            var cell = row.createCell(c);
            cell.setCellValue(value);
            cell.setCellStyle(SpreadsheetSafety.looksLikeFormula(value) ? styles.text() : styles.plain());
            for (String line : value.split("\n")) {
                widths[c] = Math.max(widths[c], line.length());
            }
        }
    }
}
