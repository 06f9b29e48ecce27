package vn.toadam.report;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import vn.toadam.base.TranslationProvider;

/** The report's raw data as named tables with a header row: the sheets of the XLSX, the CSV's one table. */
final class ReportTables {

    record Table(String name, List<String> headers, List<List<String>> rows) {
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

    private final WorkshopReport report;

    private ReportTables(WorkshopReport report) {
        this.report = report;
    }

    static List<Table> all(WorkshopReport report) {
        ReportTables t = new ReportTables(report);
        return List.of(t.groups(), t.participants(), t.cards(), t.replies(), t.steps(), t.scores(),
                t.recommendations());
    }

    static Table cards(WorkshopReport report) {
        return new ReportTables(report).cards();
    }

    private String t(String key) {
        return TranslationProvider.translate(key, report.locale());
    }

    private List<String> headers(String... keys) {
        return java.util.Arrays.stream(keys).map(k -> t("report.col." + k)).toList();
    }

    private Table groups() {
        List<List<String>> rows = new ArrayList<>();
        for (WorkshopReport.Group g : report.groups()) {
            rows.add(List.of(g.name(), String.valueOf(g.participants().size()), String.valueOf(g.cards().size())));
        }
        return new Table(t("report.sheet.groups"), headers("group", "participants", "cards"), rows);
    }

    private Table participants() {
        List<List<String>> rows = new ArrayList<>();
        report.groups().forEach(g -> g.participants().forEach(p -> rows.add(List.of(g.name(), p))));
        return new Table(t("report.sheet.participants"), List.of(t("report.col.group"), t("report.name")), rows);
    }

    private Table cards() {
        List<List<String>> rows = new ArrayList<>();
        for (WorkshopReport.Group g : report.groups()) {
            for (WorkshopReport.CardLine c : g.cards()) {
                rows.add(List.of(String.valueOf(c.id()), g.name(), t("card.type." + c.type()), c.text(), c.author(),
                        c.step() == null ? "" : c.step(), c.answersId() == null ? "" : String.valueOf(c.answersId()),
                        String.valueOf(c.plusOnes()), String.valueOf(c.votes()), TIME.format(c.createdAt())));
            }
        }
        return new Table(t("report.sheet.cards"), headers("id", "group", "type", "text", "author", "step", "answers",
                "plus-ones", "votes", "created"), rows);
    }

    private Table replies() {
        List<List<String>> rows = new ArrayList<>();
        report.groups().forEach(g -> g.cards().forEach(c -> c.replies().forEach(r ->
                rows.add(List.of(String.valueOf(c.id()), g.name(), r)))));
        return new Table(t("report.sheet.replies"), headers("card", "group", "text"), rows);
    }

    private Table steps() {
        List<List<String>> rows = new ArrayList<>();
        for (WorkshopReport.Group g : report.groups()) {
            for (WorkshopReport.Meeting m : g.meetings()) {
                for (WorkshopReport.Step s : m.steps()) {
                    rows.add(List.of(g.name(), m.procedure(), String.valueOf(s.position()), s.title(),
                            s.skipped() ? t("report.skipped") : String.valueOf(s.minutes()),
                            String.valueOf(s.plannedMinutes()), String.join("\n", s.strengths()),
                            String.join("\n", s.limitations())));
                }
            }
        }
        return new Table(t("report.sheet.steps"), List.of(t("report.col.group"), t("report.col.procedure"),
                t("report.step"), t("report.step.title"), t("report.col.minutes"), t("report.col.planned"),
                t("report.strengths"), t("report.limitations")), rows);
    }

    private Table recommendations() {
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (WorkshopReport.Recommendation r : report.recommendations()) {
            rows.add(List.of(String.valueOf(n++), r.title(), r.body() == null ? "" : r.body(),
                    r.category() == null ? "" : r.category(), r.priority(), r.status(),
                    r.owner() == null ? "" : r.owner(), r.dueOn() == null ? "" : r.dueOn().toString(),
                    String.valueOf(r.votes()), String.join("\n", r.sources())));
        }
        return new Table(t("report.sheet.recommendations"), List.of(t("report.col.id"),
                t("recommendation.field.title"), t("recommendation.field.body"), t("recommendation.field.category"),
                t("recommendation.field.priority"), t("recommendation.field.status"), t("recommendation.field.owner"),
                t("recommendation.field.due"), t("report.col.votes"), t("recommendation.sources")), rows);
    }

    private Table scores() {
        List<List<String>> rows = new ArrayList<>();
        for (WorkshopReport.Group g : report.groups()) {
            for (WorkshopReport.Meeting m : g.meetings()) {
                for (WorkshopReport.Score s : m.scores()) {
                    rows.add(List.of(g.name(), m.procedure(), s.criterion(),
                            s.points() == null ? "" : String.valueOf(s.points()), String.valueOf(s.maxPoints())));
                }
            }
        }
        return new Table(t("report.sheet.scores"), List.of(t("report.col.group"), t("report.col.procedure"),
                t("report.rubric.criterion"), t("report.rubric.points"), t("report.rubric.max")), rows);
    }
}
