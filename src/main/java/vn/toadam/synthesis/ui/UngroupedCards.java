package vn.toadam.synthesis.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.function.BiConsumer;
import vn.toadam.base.UserFacingException;
import vn.toadam.board.CardSnapshot;
import vn.toadam.synthesis.CardThemes;
import vn.toadam.synthesis.ThemeLinks;

/**
 * Cards that no suggested theme holds (nothing else reads like them, or the moderator took them out of one): listed
 * below the themes, each with "Đưa vào chủ đề…", so no card is lost from the synthesis. Putting a card into a theme
 * links it to the theme's label card ({@link ThemeLinks#merge}), so it stays with that card in later suggestions
 * without tying the rest of the theme together.
 */
class UngroupedCards extends Details {

    private final ThemeLinks links;
    private final long workshopId;
    /** Called after a card was put into a theme (or could not be): the card, or null if gone, and what to say. */
    private final BiConsumer<Long, String> done;
    private final Div rows = new Div();
    private final java.util.Map<Long, Div> rowOfCard = new java.util.HashMap<>();

    UngroupedCards(ThemeLinks links, long workshopId, BiConsumer<Long, String> done) {
        this.links = links;
        this.workshopId = workshopId;
        this.done = done;
        setId("themes-ungrouped");
        add(rows);
        setVisible(false);
    }

    /**
     * @param lone the themes of one card
     * @param all  every theme of the suggestion (the themes' {@code nearest} are indexes into it)
     */
    void show(List<CardThemes.Theme> lone, List<CardThemes.Theme> all) {
        rows.removeAll();
        rowOfCard.clear();
        setVisible(!lone.isEmpty());
        setSummaryText(getTranslation("themes.ungrouped", lone.size()));
        lone.forEach(theme -> {
            CardSnapshot card = theme.cards().get(0);
            Div row = row(card, ThemesPanel.mostAlikeFirst(theme, all));
            rowOfCard.put(card.id(), row);
            rows.add(row);
        });
    }

    java.util.Optional<Div> rowOf(long cardId) {
        return java.util.Optional.ofNullable(rowOfCard.get(cardId));
    }

    private Div row(CardSnapshot card, List<CardThemes.Theme> themes) {
        Span text = new Span("• " + card.text());
        text.addClassName("theme-card");
        Div row = new Div(text);
        row.addClassName("ungrouped-card");
        if (themes.isEmpty()) {
            return row;
        }
        Select<CardThemes.Theme> into = new Select<>();
        into.setLabel(getTranslation("themes.add.to"));
        into.setHelperText(getTranslation("themes.alike.first"));
        into.addClassName("theme-choice");
        into.setItems(themes);
        into.setItemLabelGenerator(t -> ThemesPanel.shorten(t.label().text()));
        into.addClassName("ungrouped-into");
        into.setAriaLabel(getTranslation("themes.add.to.aria", ThemesPanel.shorten(card.text())));
        Button put = new Button(getTranslation("themes.add"), e -> {
            CardThemes.Theme theme = into.getValue();
            if (theme == null) {
                into.setErrorMessage(getTranslation("themes.add.pick"));
                into.setInvalid(true);
                return;
            }
            try {
                links.merge(workshopId, List.of(card.id()), List.of(theme.label().id()));
                done.accept(card.id(), getTranslation("themes.add.done", ThemesPanel.shorten(card.text()),
                        ThemesPanel.shorten(theme.label().text())));
            } catch (UserFacingException gone) { // the card or the theme's cards were deleted meanwhile
                done.accept(null, getTranslation(gone.messageKey(), gone.args()));
            }
        });
        put.addThemeVariants(ButtonVariant.LUMO_SMALL);
        put.addClassName("ungrouped-put");
        put.setAriaLabel(getTranslation("themes.add.aria", ThemesPanel.shorten(card.text())));
        put.setTooltipText(getTranslation("themes.add.help"));
        HorizontalLayout choose = new HorizontalLayout(into, put);
        choose.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        choose.setWrap(true);
        row.add(choose);
        return row;
    }
}
