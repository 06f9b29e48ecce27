package vn.toadam.report;

import java.util.List;

/** What a report is made of; {@link ReportLayout} says it once, the DOCX and PDF writers each render it. */
interface DocumentSink {

    /** The two-column heading block of a Party document: who issues it on the left, party and dateline on the right. */
    void letterhead(List<Line> left, List<Line> right);

    void title(String title, String subtitle);

    void heading(int level, String text);

    void paragraph(String text);

    void item(int indent, String text);

    void table(List<String> headers, List<List<String>> rows, float[] relativeWidths);

    void signatures(List<Signature> signatures);

    record Signature(String role, String hint, String name) {
    }

    /** A line of the heading, centred in its column. */
    record Line(String text, boolean bold, boolean italic, boolean underlined) {

        static Line plain(String text) {
            return new Line(text, false, false, false);
        }

        static Line bold(String text) {
            return new Line(text, true, false, false);
        }
    }
}
