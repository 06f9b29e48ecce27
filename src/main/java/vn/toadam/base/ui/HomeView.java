package vn.toadam.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** The start page: learners join a workshop, trainers log in. */
@Route(value = "", layout = MainLayout.class)
@AnonymousAllowed
class HomeView extends VerticalLayout implements HasDynamicTitle {

    HomeView() {
        addClassName("home");
        setAlignItems(Alignment.CENTER);
        H1 title = new H1("Tọa Đàm");
        Paragraph tagline = new Paragraph(getTranslation("home.tagline"));
        Button join = new Button(getTranslation("home.join"), e -> getUI().ifPresent(ui -> ui.navigate("join")));
        join.setId("home-join");
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        Button trainer = new Button(getTranslation("home.trainer"), e -> getUI().ifPresent(ui -> ui.navigate("trainer")));
        trainer.setId("home-trainer");
        trainer.addThemeVariants(ButtonVariant.LUMO_LARGE);
        add(title, tagline, join, trainer);
    }

    @Override
    public String getPageTitle() {
        return "Tọa Đàm";
    }
}
