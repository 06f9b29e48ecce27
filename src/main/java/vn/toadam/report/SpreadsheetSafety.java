package vn.toadam.report;

/**
 * Text that a spreadsheet would run as a formula (starting with =, +, -, @, or a tab/return before one) is
 * prefixed with an apostrophe, as OWASP advises for CSV and XLSX exports.
 */
public final class SpreadsheetSafety {

    private SpreadsheetSafety() {
    }

    public static String neutralise(String value) {
        if (value == null || value.isEmpty()) {
            return value == null ? "" : value;
        }
        char first = value.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return risky ? "'" + value : value;
    }
}
