package vn.toadam.synthesis.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import vn.toadam.security.Role;
import vn.toadam.support.KaribuTest;

/** A trainer adds a concept on the thesaurus page, is told what is wrong next to the field, and deletes it. */
class ThesaurusViewTest extends KaribuTest {

    @Autowired SecurityContextHolderStrategy security;
    @Autowired JdbcTemplate jdbc;
    @Autowired vn.toadam.security.AccountService accounts;

    @Test
    void aTrainerAddsAndDeletesAConcept() {
        if (accounts.needsSetup()) {
            accounts.createFirstTrainer("giangvien", "Giảng viên", "mat-khau-thu-nghiem");
        }
        var auth = UsernamePasswordAuthenticationToken.authenticated("giangvien", null,
                List.of(new SimpleGrantedAuthority(Role.TRAINER.authority())));
        security.getContext().setAuthentication(auth);
        SecurityContextHolder.getContext().setAuthentication(auth);
        var request = (com.github.mvysny.fakeservlet.FakeRequest) com.vaadin.flow.server.VaadinServletRequest
                .getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, r) -> auth.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + r)));
        UI.getCurrent().navigate("trainer/thesaurus");
        assertThat(_size(_get(Grid.class, spec -> spec.withId("thesaurus-built-in")))).isPositive();

        TextField concept = _get(TextField.class, spec -> spec.withId("thesaurus-concept"));
        TextField phrases = _get(TextField.class, spec -> spec.withId("thesaurus-phrases"));
        String name = "tất niên " + System.nanoTime();
        concept.setValue(name);
        phrases.setValue(" | ");
        _click(_get(Button.class, spec -> spec.withId("thesaurus-add")));
        assertThat(phrases.isInvalid()).isTrue();
        assertThat(phrases.getErrorMessage()).isEqualTo(vi("error.required"));
        assertThat(concept.getValue()).as("typed text kept").isEqualTo(name);

        phrases.setValue("liên hoan cuối năm | tiệc tất niên");
        _click(_get(Button.class, spec -> spec.withId("thesaurus-add")));
        assertThat(phrases.isInvalid()).isFalse();
        assertThat(count(name)).isEqualTo(1);
        Grid<?> mine = _get(Grid.class, spec -> spec.withId("thesaurus-entries"));
        int row = _size(mine) - 1;
        _click((Button) _getCellComponent(mine, row, "delete"));
        assertThat(count(name)).isZero();
        assertThat(_find(Button.class, spec -> spec.withClasses("thesaurus-delete"))).hasSize(_size(mine));
    }

    private int count(String concept) {
        return jdbc.queryForObject("select count(*) from thesaurus_entry where concept = ?", Integer.class, concept);
    }
}
