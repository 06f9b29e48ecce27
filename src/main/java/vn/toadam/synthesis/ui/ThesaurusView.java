package vn.toadam.synthesis.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.toadam.base.ui.MainLayout;
import vn.toadam.base.ui.Notifications;
import vn.toadam.security.Role;
import vn.toadam.synthesis.ThesaurusService;

/** Trainers teach the theme suggestions which words mean the same; the built-in concepts are shown read-only. */
@Route(value = "trainer/thesaurus", layout = MainLayout.class)
@RolesAllowed(Role.TRAINER_NAME)
class ThesaurusView extends VerticalLayout implements HasDynamicTitle {

    private final ThesaurusService thesaurus;
    private final Grid<ThesaurusService.TrainerEntry> mine = new Grid<>();

    ThesaurusView(ThesaurusService thesaurus) {
        this.thesaurus = thesaurus;
        mine.setId("thesaurus-entries");
        mine.addColumn(ThesaurusService.TrainerEntry::concept).setHeader(getTranslation("thesaurus.concept"))
                .setAutoWidth(true);
        mine.addColumn(e -> String.join(" | ", e.phrases())).setHeader(getTranslation("thesaurus.phrases"))
                .setFlexGrow(1);
        mine.addColumn(ThesaurusService.TrainerEntry::madeBy).setHeader(getTranslation("thesaurus.made-by"))
                .setAutoWidth(true);
        mine.addComponentColumn(entry -> {
            Button delete = new Button(getTranslation("thesaurus.delete"), e -> {
                thesaurus.delete(entry.id());
                Notifications.success(getTranslation("thesaurus.deleted", entry.concept()));
                reload();
            });
            delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            delete.setAriaLabel(getTranslation("thesaurus.delete.aria", entry.concept()));
            delete.addClassName("thesaurus-delete");
            return delete;
        }).setKey("delete").setAutoWidth(true);
        mine.setAllRowsVisible(true);
        Grid<ThesaurusService.Concept> builtIn = new Grid<>();
        builtIn.setId("thesaurus-built-in");
        builtIn.addColumn(ThesaurusService.Concept::concept).setHeader(getTranslation("thesaurus.concept"))
                .setAutoWidth(true);
        builtIn.addColumn(c -> String.join(" | ", c.phrases())).setHeader(getTranslation("thesaurus.phrases"))
                .setFlexGrow(1);
        builtIn.setItems(thesaurus.builtIn());
        add(new H2(getTranslation("thesaurus.title")), new Paragraph(getTranslation("thesaurus.intro")),
                new ThesaurusEntryForm(thesaurus, "", saved -> reload()), new H3(getTranslation("thesaurus.mine")),
                mine, new H3(getTranslation("thesaurus.built-in")), builtIn);
        reload();
    }

    private void reload() {
        mine.setItems(thesaurus.entries());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("thesaurus.title") + " · Tọa Đàm";
    }
}
