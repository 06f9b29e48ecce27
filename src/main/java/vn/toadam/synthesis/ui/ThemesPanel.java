package vn.toadam.synthesis.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.NumberField;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import vn.toadam.board.CardSnapshot;
import vn.toadam.language.ThemeClusterer;
import vn.toadam.synthesis.CardThemes;

/**
 * Suggested themes: cards of all groups that read alike, grouped on the server. The moderator moves the threshold
 * (higher: smaller, tighter themes) and turns a theme into a recommendation.
 */
class ThemesPanel extends Div {

    static final int THEME_TITLE_MAX = 120;

    private final CardThemes themes;
    private final Supplier<List<CardSnapshot>> cards;
    private final Supplier<java.util.Map<Long, String>> groupNames;
    private final BiConsumer<String, List<Long>> accept;
    private final NumberField threshold = new NumberField();
    private final Div list = new Div();
    private java.util.function.Consumer<List<Long>> draft;

    ThemesPanel(CardThemes themes, Supplier<List<CardSnapshot>> cards, Supplier<java.util.Map<Long, String>> groupNames,
                BiConsumer<String, List<Long>> accept) {
        this.themes = themes;
        this.cards = cards;
        this.groupNames = groupNames;
        this.accept = accept;
        addClassName("themes-panel");
        threshold.setLabel(getTranslation("moderate.themes.threshold"));
        threshold.setMin(0.05);
        threshold.setMax(0.9);
        threshold.setStep(0.05);
        threshold.setStepButtonsVisible(true);
        threshold.setValue(ThemeClusterer.DEFAULT_THRESHOLD);
        threshold.setId("themes-threshold");
        threshold.addValueChangeListener(e -> suggest());
        Button suggest = new Button(getTranslation("moderate.themes.suggest"), e -> suggest());
        suggest.setId("themes-suggest");
        HorizontalLayout row = new HorizontalLayout(threshold, suggest);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        list.setId("themes");
        add(new H3(getTranslation("moderate.themes")), new Paragraph(getTranslation("moderate.themes.intro")), row,
                list);
    }

    /** Adds "draft a recommendation" to themes that hold a difficulty. */
    void onDraft(java.util.function.Consumer<List<Long>> draft) {
        this.draft = draft;
    }

    void suggest() {
        double t = threshold.getValue() == null ? ThemeClusterer.DEFAULT_THRESHOLD : threshold.getValue();
        list.removeAll();
        for (CardThemes.Theme theme : themes.themes(cards.get(), t)) {
            List<CardSnapshot> members = theme.cards();
            if (members.size() < 2) {
                continue;
            }
            String label = theme.label().text();
            String groups = members.stream().map(c -> groupNames.get().get(c.groupId())).distinct()
                    .collect(Collectors.joining(", "));
            Span title = new Span(label);
            title.addClassName("theme-label");
            Span facts = new Span(getTranslation("moderate.themes.count", members.size(), groups));
            facts.addClassName("theme-facts");
            Button make = new Button(getTranslation("moderate.themes.accept"), e -> accept.accept(
                    label.length() > THEME_TITLE_MAX ? label.substring(0, THEME_TITLE_MAX) + "…" : label,
                    members.stream().map(CardSnapshot::id).toList()));
            make.addThemeVariants(ButtonVariant.LUMO_SMALL);
            make.addClassName("theme-accept");
            Div themeBox = new Div(title, facts, new Div(members.stream().map(c -> {
                Span s = new Span("• " + c.text());
                s.addClassName("theme-card");
                return s;
            }).toArray(Span[]::new)), make);
            if (draft != null && members.stream().anyMatch(c -> c.type() == vn.toadam.board.CardType.DIFFICULTY)) {
                Button drafted = new Button(getTranslation("answers.draft"), e -> {
                    draft.accept(members.stream().map(CardSnapshot::id).toList());
                    vn.toadam.base.ui.Notifications.success(getTranslation("answers.drafted"));
                });
                drafted.addThemeVariants(ButtonVariant.LUMO_SMALL);
                drafted.addClassName("theme-draft");
                themeBox.add(drafted);
            }
            themeBox.addClassName("theme");
            list.add(themeBox);
        }
        if (list.getChildren().findAny().isEmpty()) {
            list.add(new Paragraph(getTranslation("moderate.themes.none")));
        }
    }
}
