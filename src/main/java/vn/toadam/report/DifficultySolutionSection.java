package vn.toadam.report;

import vn.toadam.base.TranslationProvider;

/** The report's "Khó khăn – giải pháp": each difficulty theme with the answers of each group. */
final class DifficultySolutionSection {

    private DifficultySolutionSection() {
    }

    static void write(WorkshopReport report, DocumentSink sink, String numeral) {
        sink.heading(1, numeral + ". " + TranslationProvider.translate("report.difficulty-solutions", report.locale()));
        if (report.difficultyThemes().isEmpty()) {
            sink.paragraph(TranslationProvider.translate("report.none", report.locale()));
        }
        int n = 1;
        for (WorkshopReport.DifficultyTheme theme : report.difficultyThemes()) {
            sink.heading(2, n++ + ". " + theme.difficulty());
            sink.paragraph(TranslationProvider.translate("report.difficulty-solutions.raised", report.locale(),
                    theme.raisedIn(), theme.cards()));
            if (theme.answers().isEmpty()) {
                sink.item(0, TranslationProvider.translate("report.difficulty-solutions.unanswered", report.locale()));
            }
            for (WorkshopReport.GroupAnswers group : theme.answers()) {
                sink.item(0, group.group());
                group.lines().forEach(line -> sink.item(1, line));
            }
        }
    }
}
