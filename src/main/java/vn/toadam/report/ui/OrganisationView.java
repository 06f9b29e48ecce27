package vn.toadam.report.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import vn.toadam.base.ui.FieldErrors;
import vn.toadam.base.ui.MainLayout;
import vn.toadam.base.ui.Notifications;
import vn.toadam.report.Organisation;
import vn.toadam.report.OrganisationService;
import vn.toadam.security.Role;

/** Trainers set, once, the organisation named in the heading of every report. */
@Route(value = "trainer/organisation", layout = MainLayout.class)
@RolesAllowed(Role.TRAINER_NAME)
class OrganisationView extends VerticalLayout implements HasDynamicTitle {

    OrganisationView(OrganisationService organisations) {
        Organisation current = organisations.organisation();
        TextField superior = field("organisation.superior", "organisation-superior", Organisation.BODY_MAX,
                current.superiorBody());
        TextField issuing = field("organisation.issuing", "organisation-issuing", Organisation.BODY_MAX,
                current.issuingBody());
        TextField symbol = field("organisation.symbol", "organisation-symbol", Organisation.SYMBOL_MAX,
                current.numberSymbol());
        TextField place = field("organisation.place", "organisation-place", Organisation.PLACE_MAX, current.place());
        FieldErrors errors = new FieldErrors(Map.of("superiorBody", superior, "issuingBody", issuing,
                "numberSymbol", symbol, "place", place));
        Button save = new Button(getTranslation("action.save"), e -> errors.attempt(() -> {
            Organisation saved = organisations.save(new Organisation(superior.getValue(), issuing.getValue(),
                    symbol.getValue(), place.getValue()));
            symbol.setValue(saved.numberSymbol() == null ? "" : saved.numberSymbol());
            Notifications.success(getTranslation("organisation.saved"));
        }));
        save.setId("organisation-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(superior, issuing, symbol, place);
        form.setMaxWidth("50rem");
        add(new H2(getTranslation("organisation.title")), new Paragraph(getTranslation("organisation.intro")), form,
                save);
    }

    private TextField field(String key, String id, int max, String value) {
        TextField field = new TextField(getTranslation(key));
        field.setHelperText(getTranslation(key + ".help"));
        field.setMaxLength(max);
        field.setId(id);
        field.setValue(value == null ? "" : value);
        field.setWidthFull();
        return field;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organisation.title") + " · Tọa Đàm";
    }
}
