package vn.toadam.report.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import vn.toadam.report.Organisation;
import vn.toadam.report.OrganisationService;
import vn.toadam.support.Fixtures;
import vn.toadam.support.KaribuTest;

/** A trainer types the organisation once; it is stored, and a wrong value is explained next to its field. */
class OrganisationViewTest extends KaribuTest {

    @Autowired SecurityContextHolderStrategy security;
    @Autowired OrganisationService organisations;
    @Autowired Fixtures fixtures;

    @Test
    void aTrainerSetsTheOrganisationOnceAndAWrongSymbolIsExplainedNextToItsField() {
        var trainer = UsernamePasswordAuthenticationToken.authenticated("giangvien", null,
                List.of(new SimpleGrantedAuthority("ROLE_TRAINER")));
        security.getContext().setAuthentication(trainer);
        SecurityContextHolder.getContext().setAuthentication(trainer);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(trainer);
        request.setUserInRole((principal, role) -> "TRAINER".equals(role));
        try {
            fixtures.asTrainer(() -> organisations.save(Organisation.NONE));
            UI.getCurrent().navigate("trainer/organisation");
            _setValue(_get(TextField.class, s -> s.withId("organisation-superior")), "Đảng bộ huyện Đầm Hà");
            _setValue(_get(TextField.class, s -> s.withId("organisation-issuing")), "Trung tâm Chính trị");
            TextField symbol = _get(TextField.class, s -> s.withId("organisation-symbol"));
            _setValue(symbol, "TT CT");
            _setValue(_get(TextField.class, s -> s.withId("organisation-place")), "Đầm Hà");
            _click(_get(Button.class, s -> s.withId("organisation-save")));
            assertThat(symbol.isInvalid()).isTrue();
            assertThat(symbol.getErrorMessage()).isEqualTo(vi("organisation.symbol.invalid"));
            assertThat(symbol.getValue()).as("what was typed stays").isEqualTo("TT CT");
            assertThat(fixtures.asTrainer(organisations::organisation)).isEqualTo(Organisation.NONE);

            _setValue(symbol, "bc/ttct");
            _click(_get(Button.class, s -> s.withId("organisation-save")));
            assertThat(symbol.isInvalid()).isFalse();
            assertThat(symbol.getValue()).isEqualTo("TTCT");
            assertThat(fixtures.asTrainer(organisations::organisation)).isEqualTo(
                    new Organisation("Đảng bộ huyện Đầm Hà", "Trung tâm Chính trị", "TTCT", "Đầm Hà"));

            UI.getCurrent().navigate("trainer");
            UI.getCurrent().navigate("trainer/organisation");
            assertThat(_get(TextField.class, s -> s.withId("organisation-issuing")).getValue())
                    .isEqualTo("Trung tâm Chính trị");
        } finally {
            security.clearContext();
            SecurityContextHolder.clearContext();
        }
    }
}
