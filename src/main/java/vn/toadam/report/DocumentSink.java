package vn.toadam.report;

import java.util.List;

/** What a report is made of; {@link ReportLayout} says it once, the DOCX and PDF writers each render it. */
interface DocumentSink {

    /** The two-column heading block of a Vietnamese administrative document. */
    void letterhead(List<String> left, List<String> right);

    void title(String title, String subtitle);

    void heading(int level, String text);

    void paragraph(String text);

    void item(int indent, String text);

    void table(List<String> headers, List<List<String>> rows, float[] relativeWidths);

    void signatures(List<Signature> signatures);

    record Signature(String role, String hint, String name) {
    }
}
