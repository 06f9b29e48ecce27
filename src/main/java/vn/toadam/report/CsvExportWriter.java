package vn.toadam.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The cards of every group as CSV: UTF-8 with a byte order mark so Excel reads Vietnamese correctly. */
public final class CsvExportWriter {

    private CsvExportWriter() {
    }

    public static void write(WorkshopReport report, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        ReportTables.Table cards = ReportTables.cards(report);
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.EXCEL);
        csv.printRecord(cards.headers());
        for (var row : cards.rows()) {
            csv.printRecord(row.stream().map(SpreadsheetSafety::neutralise).toList());
        }
        csv.flush();
    }
}
