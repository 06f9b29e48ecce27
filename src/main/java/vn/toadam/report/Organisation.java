package vn.toadam.report;

/**
 * Who issues the reports, as trainers set it once: the superior party committee ("Đảng bộ huyện Đầm Hà"), the
 * issuing body ("Trung tâm Chính trị"), its symbol in the number line ("TTCT" gives "Số …-BC/TTCT") and the place
 * written before the date when a workshop names none. Any of them may be null (not set).
 */
public record Organisation(String superiorBody, String issuingBody, String numberSymbol, String place) {

    public static final int BODY_MAX = 150;
    public static final int SYMBOL_MAX = 30;
    public static final int PLACE_MAX = 100;

    public static final Organisation NONE = new Organisation(null, null, null, null);
}
