package vn.toadam.synthesis.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import vn.toadam.base.UserFacingException;
import vn.toadam.board.CardSnapshot;
import vn.toadam.language.ThemeClusterer;
import vn.toadam.language.ThemeLikeness;
import vn.toadam.synthesis.CardThemes;
import vn.toadam.synthesis.ThemeLinks;
import vn.toadam.synthesis.ThesaurusService;

/**
 * Suggested themes: cards of all groups that read alike, grouped on the server. The moderator moves the threshold
 * (higher: smaller, tighter themes) and turns a theme into a recommendation. Merging two themes, taking a card
 * out of one or putting a card that no theme holds into one ({@link UngroupedCards}) is remembered for the workshop
 * ({@link ThemeLinks}), so later suggestions keep it.
 */
class ThemesPanel extends Div {

    static final int THEME_TITLE_MAX = 120;
    /** A theme named in a choice or a message. */
    static final int LABEL_SHOWN_MAX = 60;

    private final CardThemes themes;
    private final Supplier<List<CardSnapshot>> cards;
    private final Supplier<java.util.Map<Long, String>> groupNames;
    private final BiConsumer<String, List<Long>> accept;
    private final NumberField threshold = new NumberField();
    private final Div list = new Div();
    private final Div learned = new Div();
    private final UngroupedCards ungrouped;
    private boolean suggested;
    private final ThemeLinks links;
    private final long workshopId;
    private java.util.function.Consumer<List<Long>> draft;
    private ThesaurusService thesaurus;
    /** The theme box showing each card, after the last suggestion (cards in no theme are in {@link #ungrouped}). */
    private final java.util.Map<Long, Div> boxOfCard = new java.util.HashMap<>();

    ThemesPanel(CardThemes themes, ThemeLinks links, long workshopId, Supplier<List<CardSnapshot>> cards,
                Supplier<java.util.Map<Long, String>> groupNames, BiConsumer<String, List<Long>> accept) {
        this.themes = themes;
        this.links = links;
        this.workshopId = workshopId;
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
        learned.setId("themes-learned");
        learned.getElement().setAttribute("role", "status");
        ungrouped = new UngroupedCards(links, workshopId, (cardId, message) -> showMoved(cardId, message,
                "themes.add.here"));
        add(new H3(getTranslation("moderate.themes")), new Paragraph(getTranslation("moderate.themes.intro")), row,
                learned, list, ungrouped);
    }

    /** For a trainer: after a merge, offers to save "these words mean the same" into the thesaurus. */
    void onSaveToThesaurus(ThesaurusService thesaurus) {
        this.thesaurus = thesaurus;
    }

    /** Adds "draft a recommendation" to themes that hold a difficulty. */
    void onDraft(java.util.function.Consumer<List<Long>> draft) {
        this.draft = draft;
    }

    /** Suggests again if themes are shown (another moderator merged or split). */
    void refreshIfShown() {
        if (suggested) {
            suggest();
        }
    }

    void suggest() {
        suggested = true;
        boxOfCard.clear();
        double t = threshold.getValue() == null ? ThemeClusterer.DEFAULT_THRESHOLD : threshold.getValue();
        list.removeAll();
        ThemeLinks.Links taught = links.of(workshopId);
        List<CardThemes.Theme> all = themes.themes(cards.get(), t, taught.together(), taught.apart());
        List<CardThemes.Theme> shown = all.stream()
                .filter(theme -> theme.cards().size() >= ThemeLikeness.OFFERED_MIN_CARDS).toList();
        ungrouped.show(all.stream()
                .filter(theme -> theme.cards().size() < ThemeLikeness.OFFERED_MIN_CARDS).toList(), all);
        for (CardThemes.Theme theme : shown) {
            List<CardSnapshot> members = theme.cards();
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
            Div themeBox = new Div(title, facts, new Div(members.stream().map(c -> cardRow(c, members))
                    .toArray(Div[]::new)), make);
            if (draft != null && members.stream().anyMatch(c -> c.type() == vn.toadam.board.CardType.DIFFICULTY)) {
                Button drafted = new Button(getTranslation("answers.draft"), e -> {
                    draft.accept(members.stream().map(CardSnapshot::id).toList());
                    vn.toadam.base.ui.Notifications.success(getTranslation("answers.drafted"));
                });
                drafted.addThemeVariants(ButtonVariant.LUMO_SMALL);
                drafted.addClassName("theme-draft");
                themeBox.add(drafted);
            }
            if (shown.size() > 1) {
                themeBox.add(mergeControl(theme, mostAlikeFirst(theme, all)));
            }
            themeBox.addClassName("theme");
            members.forEach(c -> boxOfCard.put(c.id(), themeBox));
            list.add(themeBox);
        }
        if (list.getChildren().findAny().isEmpty()) {
            list.add(new Paragraph(getTranslation("moderate.themes.none")));
        }
    }

    private Div cardRow(CardSnapshot card, List<CardSnapshot> members) {
        Span text = new Span("• " + card.text());
        text.addClassName("theme-card");
        Button split = new Button(getTranslation("themes.split"), e -> {
            try {
                links.split(workshopId, card.id(), members.stream().map(CardSnapshot::id).toList());
                showMoved(card.id(), getTranslation("themes.split.done", shorten(card.text())), "themes.split.here");
            } catch (UserFacingException gone) { // the card was deleted meanwhile: say so where the result shows
                suggest();
                learned.setText(getTranslation(gone.messageKey(), gone.args()));
            }
        });
        split.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        split.addClassName("theme-split");
        split.setAriaLabel(getTranslation("themes.split.aria", shorten(card.text())));
        split.setTooltipText(getTranslation("themes.split.help"));
        Div row = new Div(text, split);
        row.addClassName("theme-card-row");
        return row;
    }

    /** The other themes that can be chosen (those shown as themes), most alike first. */
    static List<CardThemes.Theme> mostAlikeFirst(CardThemes.Theme theme, List<CardThemes.Theme> all) {
        return java.util.Arrays.stream(theme.nearest()).mapToObj(all::get).toList();
    }

    /** "Gộp với…": choose another suggested theme; the two become one, now and in later suggestions. */
    private HorizontalLayout mergeControl(CardThemes.Theme theme, List<CardThemes.Theme> others) {
        Select<CardThemes.Theme> other = new Select<>();
        other.setLabel(getTranslation("themes.merge.with"));
        other.setHelperText(getTranslation("themes.alike.first"));
        other.addClassName("theme-choice");
        other.setItems(others);
        other.setItemLabelGenerator(x -> shorten(x.label().text()));
        other.addClassName("theme-merge-with");
        Button merge = new Button(getTranslation("themes.merge"), e -> {
            if (other.getValue() == null) {
                other.setErrorMessage(getTranslation("themes.merge.pick"));
                other.setInvalid(true);
                return;
            }
            CardThemes.Theme with = other.getValue();
            try {
                links.merge(workshopId, ids(theme), ids(with));
            } catch (UserFacingException gone) { // their cards were deleted meanwhile
                other.setErrorMessage(getTranslation(gone.messageKey(), gone.args()));
                other.setInvalid(true);
                return;
            }
            Div merged = showMoved(theme.label().id(), getTranslation("themes.merge.done",
                    shorten(theme.label().text()), shorten(with.label().text())), "themes.merge.here");
            if (thesaurus != null) {
                Button save = new Button(getTranslation("themes.save-thesaurus"),
                        ev -> new ThesaurusEntryDialog(thesaurus,
                                thesaurus.suggestPhrases(theme.label().text(), with.label().text())).open());
                save.setId("themes-save-thesaurus");
                save.addThemeVariants(ButtonVariant.LUMO_SMALL);
                if (merged != null) { // beside the merged theme's note, where the moderator looks
                    merged.addComponentAtIndex(1, save);
                } else {
                    learned.add(save);
                }
            }
        });
        merge.addThemeVariants(ButtonVariant.LUMO_SMALL);
        merge.addClassName("theme-merge");
        HorizontalLayout row = new HorizontalLayout(other, merge);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    /**
     * Suggests again and shows the result where the card now is: its theme, or its row among the cards in no theme,
     * scrolled into view and marked with a short note (the status line at the top says the whole message, also to
     * screen readers, but it may be out of sight when the moderator clicked far below it).
     *
     * @return the place marked, or null if the card is gone
     */
    private Div showMoved(Long cardId, String message, String noteKey) {
        suggest();
        learned.removeAll();
        learned.add(new Span(message));
        Div place = cardId == null ? null : boxOfCard.get(cardId);
        if (place == null && cardId != null) {
            place = ungrouped.rowOf(cardId).orElse(null);
            if (place != null) {
                ungrouped.setOpened(true);
            }
        }
        if (place != null) {
            Span note = new Span(getTranslation(noteKey));
            note.addClassName("moved-note");
            note.getElement().setAttribute("aria-hidden", "true");
            place.addComponentAsFirst(note);
            place.addClassName("moved-here");
            // the button clicked is gone with the old list: move the focus (and the view) to the result
            place.getElement().setAttribute("tabindex", "-1");
            place.scrollIntoView();
            place.getElement().callJsFunction("focus");
        }
        return place;
    }

    private static List<Long> ids(CardThemes.Theme theme) {
        return theme.cards().stream().map(CardSnapshot::id).toList();
    }

    static String shorten(String text) {
        return text.length() > LABEL_SHOWN_MAX ? text.substring(0, LABEL_SHOWN_MAX) + "…" : text;
    }
}
