package vn.toadam.synthesis.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.stream.Collectors;
import vn.toadam.base.ui.Notifications;
import vn.toadam.synthesis.EarlierRecommendations;
import vn.toadam.synthesis.RecommendationDrafter;
import vn.toadam.synthesis.SolutionMatcher;

/**
 * Difficulty → solution across groups: each theme of alike difficulties with what answers it in any group, earlier
 * classes' agreed recommendations beside it, and a drafted recommendation in one click; each difficulty opens to
 * its ranked answers, which the moderator links.
 */
class AnswersPanel extends Div {

    private final long workshopId;
    private final SolutionMatcher matcher;
    private final RecommendationDrafter drafter;
    private final EarlierRecommendations earlier;
    private final Div list = new Div();
    private boolean shown;

    AnswersPanel(long workshopId, SolutionMatcher matcher, RecommendationDrafter drafter,
                 EarlierRecommendations earlier) {
        this.workshopId = workshopId;
        this.matcher = matcher;
        this.drafter = drafter;
        this.earlier = earlier;
        addClassName("answers-panel");
        Button find = new Button(getTranslation("answers.find"), e -> render());
        find.setId("answers-find");
        list.setId("answer-themes");
        add(new H3(getTranslation("answers.title")), new Paragraph(getTranslation("answers.intro")), find, list);
    }

    /** Shows the answers again if they are shown (another moderator linked or unlinked one). */
    void refreshIfShown() {
        if (shown) {
            render();
        }
    }

    void render() {
        shown = true;
        list.removeAll();
        List<SolutionMatcher.DifficultyTheme> themes = matcher.themes(workshopId);
        List<List<EarlierRecommendations.Earlier>> before = earlier.like(workshopId, themes.stream()
                .map(t -> t.difficulties().stream().map(SolutionMatcher.Difficulty::text)
                        .collect(Collectors.joining(" "))).toList());
        for (int i = 0; i < themes.size(); i++) {
            list.add(theme(themes.get(i), before.get(i)));
        }
        if (themes.isEmpty()) {
            list.add(new Paragraph(getTranslation("answers.none")));
        }
    }

    private Div theme(SolutionMatcher.DifficultyTheme theme, List<EarlierRecommendations.Earlier> before) {
        H4 title = new H4(theme.representative().text());
        title.addClassName("answer-theme-title");
        String groups = theme.difficulties().stream().map(SolutionMatcher.Difficulty::groupName).distinct()
                .collect(Collectors.joining(", "));
        Span facts = new Span(getTranslation("answers.theme.facts", theme.difficulties().size(), groups));
        Button draft = new Button(getTranslation("answers.draft"), e -> {
            drafter.draft(workshopId, theme.cardIds(), getLocale());
            Notifications.success(getTranslation("answers.drafted"));
        });
        draft.addThemeVariants(ButtonVariant.LUMO_SMALL);
        draft.addClassName("answers-draft");
        Div answers = new Div();
        answers.addClassName("theme-answers");
        if (theme.answers().isEmpty()) {
            answers.add(new Paragraph(getTranslation("answers.no-match")));
        }
        theme.answers().forEach(m -> answers.add(answerLine(m)));
        Div block = new Div(title, facts, draft, answers);
        for (EarlierRecommendations.Earlier e : before) {
            Span said = new Span(getTranslation("answers.earlier", EarlierRecommendations.label(e), e.title()));
            Button reuse = new Button(getTranslation("answers.earlier.reuse"), click -> {
                earlier.reuse(workshopId, e.id(), theme.cardIds(), getLocale());
                Notifications.success(getTranslation("answers.drafted"));
            });
            reuse.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            reuse.addClassName("earlier-reuse");
            Div line = new Div(said, reuse);
            line.addClassName("earlier-recommendation");
            block.add(line);
        }
        theme.difficulties().forEach(d -> block.add(difficulty(d)));
        block.addClassName("answer-theme");
        block.getElement().setAttribute("data-card", Long.toString(theme.representative().cardId()));
        return block;
    }

    /** A difficulty that opens to its ranked answers of any group, each with link / unlink. */
    private Details difficulty(SolutionMatcher.Difficulty d) {
        Div content = new Div();
        Details details = new Details(getTranslation("answers.difficulty", d.groupName(), d.text()), content);
        details.addClassName("difficulty-answers");
        details.getElement().setAttribute("data-card", Long.toString(d.cardId()));
        details.addOpenedChangeListener(e -> {
            if (e.isOpened()) {
                fill(content, d);
            }
        });
        return details;
    }

    private void fill(Div content, SolutionMatcher.Difficulty d) {
        content.removeAll();
        List<SolutionMatcher.Match> matches = matcher.matches(workshopId, d.cardId());
        if (matches.isEmpty()) {
            content.add(new Paragraph(getTranslation("answers.no-match")));
        }
        for (SolutionMatcher.Match m : matches) {
            Div line = answerLine(m);
            Button toggle = new Button(getTranslation(m.linked() ? "answers.unlink" : "answers.link"), e -> {
                if (m.linked()) {
                    matcher.unlink(workshopId, d.cardId(), m.cardId());
                } else {
                    matcher.link(workshopId, d.cardId(), m.cardId());
                }
                fill(content, d);
            });
            toggle.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            toggle.addClassName(m.linked() ? "answer-unlink" : "answer-link");
            // a learner's own link within the group is theirs to change on the board
            toggle.setEnabled(!m.linked() || m.linkedBy() != null);
            line.add(toggle);
            content.add(line);
        }
    }

    private Div answerLine(SolutionMatcher.Match m) {
        Span text = new Span(getTranslation("answers.match", m.groupName(), getTranslation("card.type." + m.type()),
                m.text()) + (m.votes() > 0 ? " (" + getTranslation("vote.total", m.votes()) + ")" : ""));
        Div line = new Div(text);
        if (m.linked()) {
            Span linked = new Span(m.linkedBy() == null ? getTranslation("answers.linked.learner")
                    : getTranslation("answers.linked.moderator", m.linkedBy()));
            linked.getElement().getThemeList().add("badge success small");
            linked.addClassName("answer-linked");
            line.add(new Span(" "), linked);
        }
        line.addClassName("answer-match");
        line.getElement().setAttribute("data-card", Long.toString(m.cardId()));
        return line;
    }
}
