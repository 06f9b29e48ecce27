package vn.toadam.report;

/**
 * Text that a spreadsheet would run as a formula (starting with =, +, -, @, or a tab/return before one). In CSV it
 * is prefixed with an apostrophe, as OWASP advises; an XLSX cell instead keeps the text as typed and is marked
 * quote-prefixed (see {@link XlsxExportWriter}), so Excel shows it without the apostrophe and never runs it.
 */
public final class SpreadsheetSafety {

    private SpreadsheetSafety() {
    }

    public static String neutralise(String value) {
        if (value == null) {
            return "";
        }
        return looksLikeFormula(value) ? "'" + value : value;
    }

    public static boolean looksLikeFormula(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }
}
