package vn.toadam.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.toadam.base.TranslationProvider;
import vn.toadam.synthesis.SolutionMatcher;
import vn.toadam.workshop.WorkshopSummary;

/** The matcher's difficulty themes as the report words them: only answers linked or close enough to print. */
final class DifficultyThemes {

    /** An answer nobody linked is printed only when it reads at least this much like the difficulty. */
    static final double PRINTED_MIN_SIMILARITY = 0.25;

    private DifficultyThemes() {
    }

    static List<WorkshopReport.DifficultyTheme> of(List<SolutionMatcher.DifficultyTheme> themes,
                                                   WorkshopSummary workshop, Locale locale) {
        List<WorkshopReport.DifficultyTheme> out = new ArrayList<>();
        for (SolutionMatcher.DifficultyTheme theme : themes) {
            List<SolutionMatcher.Match> printed = theme.answers().stream()
                    .filter(m -> m.linked() || m.similarity() >= PRINTED_MIN_SIMILARITY).toList();
            List<WorkshopReport.GroupAnswers> answers = new ArrayList<>();
            for (WorkshopSummary.GroupInfo g : workshop.groups()) {
                List<String> lines = printed.stream().filter(m -> m.groupId() == g.id())
                        .map(m -> line(m, locale)).toList();
                if (!lines.isEmpty()) {
                    answers.add(new WorkshopReport.GroupAnswers(g.name(), lines));
                }
            }
            String raisedIn = theme.difficulties().stream().map(SolutionMatcher.Difficulty::groupName).distinct()
                    .collect(Collectors.joining(", "));
            out.add(new WorkshopReport.DifficultyTheme(theme.representative().text(), raisedIn,
                    theme.difficulties().size(), answers));
        }
        return out;
    }

    private static String line(SolutionMatcher.Match m, Locale locale) {
        List<String> facts = new ArrayList<>();
        if (m.votes() > 0) {
            facts.add(TranslationProvider.translate("report.votes", locale, m.votes()));
        }
        if (m.linked()) {
            facts.add(TranslationProvider.translate("report.difficulty-solutions.linked", locale));
        }
        return TranslationProvider.translate("card.type." + m.type(), locale) + ": " + m.text()
                + (facts.isEmpty() ? "" : " (" + String.join(", ", facts) + ")");
    }
}
