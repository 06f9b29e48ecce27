package vn.toadam.report;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import vn.toadam.base.TranslationProvider;
import vn.toadam.board.CardType;

/** The order and wording of the discussion report, independent of the file format. */
final class ReportLayout {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final WorkshopReport report;

    private ReportLayout(WorkshopReport report) {
        this.report = report;
    }

    static void write(WorkshopReport report, DocumentSink sink) {
        new ReportLayout(report).writeTo(sink);
    }

    private String t(String key, Object... params) {
        return TranslationProvider.translate(key, report.locale(), params);
    }

    private void writeTo(DocumentSink sink) {
        LocalDate day = report.heldOn() != null ? report.heldOn() : report.generatedAt().atZone(ZONE).toLocalDate();
        String place = blankToNull(report.place()) != null ? report.place() : "";
        sink.letterhead(issuer(), List.of(new DocumentSink.Line(t("report.party"), true, false, true),
                new DocumentSink.Line(dateline(day), false, true, false)));
        sink.title(t("report.title"), report.title());
        List<String> facts = new ArrayList<>();
        if (blankToNull(report.className()) != null) {
            facts.add(t("report.class", report.className()));
        }
        facts.add(t("report.date", DateTimeFormatter.ofPattern("dd/MM/yyyy").format(day)));
        if (!place.isEmpty()) {
            facts.add(t("report.place", place));
        }
        facts.add(t("report.generated", DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
                .format(report.generatedAt().atZone(ZONE))));
        facts.forEach(sink::paragraph);

        int number = 1;
        for (WorkshopReport.Group group : report.groups()) {
            sink.heading(1, roman(number++) + ". " + group.name());
            attendance(sink, group);
            group.meetings().forEach(m -> meeting(sink, m));
            cards(sink, group);
            sink.signatures(List.of(
                    new DocumentSink.Signature(t("report.sign.leader"), t("report.sign.hint"), group.leader()),
                    new DocumentSink.Signature(t("report.sign.secretary"), t("report.sign.hint"), group.secretary())));
        }
        DifficultySolutionSection.write(report, sink, roman(number++));
        recommendations(sink, roman(number));
        sink.signatures(List.of(new DocumentSink.Signature(t("report.sign.trainer"), t("report.sign.hint"), "")));
    }

    /**
     * The left column of the heading as Hướng dẫn 36-HD/VPTW sets it: superior party committee (upper case), issuing
     * body (upper case, bold), a star, then the number line. A field not set leaves its line out; the number itself
     * is left blank to be written in when the report is registered and issued, as Party offices do by hand (the app
     * keeps no register of numbers), so the line shows only when the body's symbol is set.
     */
    private List<DocumentSink.Line> issuer() {
        Organisation o = report.organisation() == null ? Organisation.NONE : report.organisation();
        List<DocumentSink.Line> lines = new ArrayList<>();
        if (blankToNull(o.superiorBody()) != null) {
            lines.add(DocumentSink.Line.plain(o.superiorBody().toUpperCase(report.locale())));
        }
        if (blankToNull(o.issuingBody()) != null) {
            lines.add(DocumentSink.Line.bold(o.issuingBody().toUpperCase(report.locale())));
        }
        if (!lines.isEmpty()) {
            lines.add(DocumentSink.Line.plain("*"));
        }
        if (blankToNull(o.numberSymbol()) != null) {
            lines.add(DocumentSink.Line.plain(t("report.number-line", o.numberSymbol())));
        }
        return lines;
    }

    /** "Đầm Hà, ngày 01 tháng 12 năm 2026"; with no place at all, "Ngày 01 tháng 12 năm 2026" (no dangling comma). */
    private String dateline(LocalDate day) {
        String place = blankToNull(report.place()) != null ? report.place()
                : report.organisation() == null ? null : blankToNull(report.organisation().place());
        String dd = String.format("%02d", day.getDayOfMonth());
        String mm = String.format("%02d", day.getMonthValue());
        String yyyy = String.valueOf(day.getYear());
        return place == null ? t("report.dateline.no-place", dd, mm, yyyy, monthName(day))
                : t("report.dateline", place, dd, mm, yyyy, monthName(day));
    }

    private String monthName(LocalDate day) {
        return day.getMonth().getDisplayName(java.time.format.TextStyle.FULL, report.locale());
    }

    private void recommendations(DocumentSink sink, String numeral) {
        sink.heading(1, numeral + ". " + t("report.recommendations"));
        if (report.recommendations().isEmpty()) {
            sink.paragraph(t("report.none"));
        }
        int n = 1;
        for (WorkshopReport.Recommendation r : report.recommendations()) {
            sink.heading(2, n++ + ". " + r.title());
            if (blankToNull(r.body()) != null) {
                sink.paragraph(r.body());
            }
            List<String> facts = new ArrayList<>();
            if (blankToNull(r.category()) != null) {
                facts.add(t("recommendation.field.category") + ": " + r.category());
            }
            facts.add(t("recommendation.field.priority") + ": " + r.priority());
            facts.add(t("recommendation.field.status") + ": " + r.status());
            if (blankToNull(r.owner()) != null) {
                facts.add(t("recommendation.field.owner") + ": " + r.owner());
            }
            if (r.dueOn() != null) {
                facts.add(t("recommendation.field.due") + ": " + DateTimeFormatter.ofPattern("dd/MM/yyyy")
                        .format(r.dueOn()));
            }
            if (r.votes() > 0) {
                facts.add(t("report.votes", r.votes()));
            }
            sink.paragraph(String.join(" · ", facts));
            if (!r.sources().isEmpty()) {
                sink.paragraph(t("recommendation.sources") + ":");
                r.sources().forEach(s -> sink.item(0, s));
            }
        }
    }

    private void attendance(DocumentSink sink, WorkshopReport.Group group) {
        sink.heading(2, t("report.attendance", group.participants().size()));
        if (group.participants().isEmpty()) {
            sink.paragraph(t("report.none"));
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < group.participants().size(); i++) {
            rows.add(List.of(String.valueOf(i + 1), group.participants().get(i)));
        }
        sink.table(List.of(t("report.number"), t("report.name")), rows, new float[] {1, 9});
    }

    private void meeting(DocumentSink sink, WorkshopReport.Meeting m) {
        sink.heading(2, t("report.meeting", m.procedure()));
        sink.paragraph(t("report.meeting.roles", orDash(m.chair()), orDash(m.secretary())));
        sink.paragraph(t("report.meeting.time", m.minutes(), m.status()));
        List<List<String>> rows = new ArrayList<>();
        for (WorkshopReport.Step s : m.steps()) {
            String time = s.skipped() ? t("report.skipped") : s.minutes() + " / " + s.plannedMinutes();
            rows.add(List.of(String.valueOf(s.position()), s.title(), time, String.join("\n", s.strengths()),
                    String.join("\n", s.limitations())));
        }
        sink.table(List.of(t("report.step"), t("report.step.title"), t("report.step.minutes"), t("report.strengths"),
                t("report.limitations")), rows, new float[] {1, 8, 2, 5, 5});
        if (m.total() != null) {
            sink.heading(3, t("report.rubric"));
            List<List<String>> scores = m.scores().stream().map(s -> List.of(s.criterion(),
                    s.points() == null ? "–" : String.valueOf(s.points()), String.valueOf(s.maxPoints()))).toList();
            sink.table(List.of(t("report.rubric.criterion"), t("report.rubric.points"), t("report.rubric.max")),
                    scores, new float[] {8, 2, 2});
            sink.paragraph(t("report.rubric.total", m.total(), m.maxTotal(), m.band() == null ? "–" : m.band()));
        }
    }

    private void cards(DocumentSink sink, WorkshopReport.Group group) {
        for (CardType type : List.of(CardType.ADVANTAGE, CardType.DIFFICULTY, CardType.EXPERIENCE)) {
            sink.heading(2, t("card.type." + type));
            List<WorkshopReport.CardLine> lines = group.cardsOf(type);
            if (lines.isEmpty()) {
                sink.paragraph(t("report.none"));
            }
            for (WorkshopReport.CardLine line : lines) {
                card(sink, 0, line);
                if (type == CardType.DIFFICULTY) {
                    group.solutionsFor(line.id()).forEach(s -> card(sink, 1, s));
                }
            }
        }
        sink.heading(2, t("card.type." + CardType.SOLUTION));
        List<WorkshopReport.CardLine> others = group.standaloneSolutions();
        if (others.isEmpty()) {
            sink.paragraph(t(group.cardsOf(CardType.SOLUTION).isEmpty() ? "report.none" : "report.solutions.above"));
        }
        others.forEach(s -> card(sink, 0, s));
    }

    private void card(DocumentSink sink, int indent, WorkshopReport.CardLine line) {
        StringBuilder text = new StringBuilder();
        if (indent > 0) {
            text.append(t("report.solution.prefix")).append(' ');
        }
        text.append(line.text()).append(" (").append(line.author());
        if (line.step() != null) {
            text.append(" · ").append(line.step());
        }
        if (line.plusOnes() > 0) {
            text.append(" · +1: ").append(line.plusOnes());
        }
        if (line.votes() > 0) {
            text.append(" · ").append(t("report.votes", line.votes()));
        }
        text.append(')');
        sink.item(indent, text.toString());
        line.replies().forEach(r -> sink.item(indent + 1, r));
    }

    private static String roman(int n) {
        String[] numerals = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            while (n >= values[i]) {
                out.append(numerals[i]);
                n -= values[i];
            }
        }
        return out.toString();
    }

    private static String orDash(String s) {
        return blankToNull(s) == null ? "–" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
