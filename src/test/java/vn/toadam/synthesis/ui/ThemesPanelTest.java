package vn.toadam.synthesis.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import com.vaadin.flow.component.select.Select;
import vn.toadam.board.CardSnapshot;
import com.vaadin.flow.component.textfield.TextField;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.toadam.board.CardService;
import vn.toadam.synthesis.CardThemes;
import vn.toadam.workshop.Requester;
import vn.toadam.workshop.WorkshopService;
import vn.toadam.synthesis.ThesaurusService;
import vn.toadam.board.CardType;
import vn.toadam.security.Role;
import vn.toadam.support.Fixtures;
import vn.toadam.support.KaribuTest;

/**
 * The moderator's suggested themes put cards that say one thing in different words together, and remember the
 * moderator's merges and splits.
 */
class ThemesPanelTest extends KaribuTest {

    @Autowired Fixtures fixtures;
    @Autowired CardService cards;
    @Autowired SecurityContextHolderStrategy security;
    @Autowired JdbcTemplate jdbc;
    @Autowired WorkshopService workshops;
    @Autowired ThesaurusService thesaurus;
    @Autowired vn.toadam.synthesis.ThemeLinks themeLinks;

    @Test
    void paraphrasesOfOneDifficultyBecomeOneTheme() {
        Fixtures.Classroom room = postFourCards();
        openThemes(room, "trainer", Role.TRAINER);

        assertThat(themesShown()).containsExactlyInAnyOrder(DUES, MINUTES);
    }

    @Test
    void aMergeOfTwoThemesIsRememberedForTheWorkshop() {
        Fixtures.Classroom room = postFourCards();
        openThemes(room, "dieuphoi", Role.MODERATOR);
        assertThat(themesShown()).containsExactlyInAnyOrder(DUES, MINUTES);

        mergeDuesWithTheOtherTheme();

        List<String> all = java.util.stream.Stream.concat(DUES.stream(), MINUTES.stream()).sorted().toList();
        assertThat(themesShown()).containsExactly(all);
        assertThat(_get(Div.class, spec -> spec.withId("themes-learned")).getElement().getTextRecursively()).contains("Đã gộp");
        assertThat(movedHere()).isSameAs(themeHolding(DUES.get(0)));
        assertThat(_find(Button.class, spec -> spec.withId("themes-save-thesaurus")))
                .as("only trainers save into the thesaurus").isEmpty();
        assertThat(links(room, "MUST")).isEqualTo(3);
        assertThat(links(room, "CANNOT")).isZero();

        tearDownVaadin();
        setUpVaadin();
        openThemes(room, "dieuphoi", Role.MODERATOR);
        assertThat(themesShown()).containsExactly(all);
    }

    @Test
    void anotherModeratorsMergeReachesThisScreenLive() throws InterruptedException {
        Fixtures.Classroom room = postFourCards();
        openThemes(room, "dieuphoi", Role.MODERATOR);
        assertThat(themesShown()).containsExactlyInAnyOrder(DUES, MINUTES);
        List<Long> dues = ids(room, DUES);
        List<Long> minutes = ids(room, MINUTES);

        fixtures.asTrainer(() -> { // the trainer, on a screen of their own
            themeLinks.merge(room.workshop().id(), dues, minutes);
            return null;
        });

        List<String> all = java.util.stream.Stream.concat(DUES.stream(), MINUTES.stream()).sorted().toList();
        for (int i = 0; i < 50 && !themesShown().equals(List.of(all)); i++) {
            Thread.sleep(100); // delivered on a push lane, then run with the session's lock
            com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip();
        }
        assertThat(themesShown()).containsExactly(all);
    }

    private List<Long> ids(Fixtures.Classroom room, List<String> texts) {
        return texts.stream().map(t -> jdbc.queryForObject("select id from card where workshop_id = ? and text = ?",
                Long.class, room.workshop().id(), t)).toList();
    }

    @Test
    void aCardTakenOutOfItsThemeStaysOutAfterReopening() {
        Fixtures.Classroom room = postFourCards();
        openThemes(room, "dieuphoi", Role.MODERATOR);

        Div row = rowOf(DUES.get(0));
        _click(_get(row, Button.class, spec -> spec.withClasses("theme-split")));

        assertThat(themesShown()).containsExactly(MINUTES);
        assertThat(_get(Div.class, spec -> spec.withId("themes-learned")).getElement().getTextRecursively()).contains("Đã tách");
        assertThat(links(room, "CANNOT")).isEqualTo(1);
        assertThat(ungroupedShown()).as("no card is lost from the synthesis").containsExactlyElementsOf(DUES);
        Div moved = movedHere();
        assertThat(moved.getClassNames()).contains("ungrouped-card");
        assertThat(_get(moved, Span.class, spec -> spec.withClasses("theme-card")).getText()).endsWith(DUES.get(0));
        assertThat(_get(vn.toadam.synthesis.ui.UngroupedCards.class).isOpened()).isTrue();

        tearDownVaadin();
        setUpVaadin();
        openThemes(room, "dieuphoi", Role.MODERATOR);
        assertThat(themesShown()).containsExactly(MINUTES);
    }

    @Test
    void aCardInNoThemeIsPutIntoOneAndStaysThere() {
        Fixtures.Classroom room = postFourCards();
        long dung = learner(room, 2, "Phạm Thị Dung");
        cards.post(dung, CardType.EXPERIENCE, ALONE, null, "d1");
        openThemes(room, "dieuphoi", Role.MODERATOR);
        assertThat(themesShown()).containsExactlyInAnyOrder(DUES, MINUTES);
        assertThat(ungroupedShown()).containsExactly(ALONE);

        Div row = _find(Div.class, spec -> spec.withClasses("ungrouped-card")).get(0);
        _click(_get(row, Button.class, spec -> spec.withClasses("ungrouped-put")));
        @SuppressWarnings("unchecked")
        Select<CardThemes.Theme> into = _get(row, Select.class, spec -> spec.withClasses("ungrouped-into"));
        assertThat(into.getErrorMessage()).isEqualTo(vi("themes.add.pick"));
        into.setValue(into.getListDataView().getItems()
                .filter(t -> MINUTES.contains(t.label().text())).findFirst().orElseThrow());
        _click(_get(row, Button.class, spec -> spec.withClasses("ungrouped-put")));

        List<String> minutesAndAlone = java.util.stream.Stream.concat(MINUTES.stream(), java.util.stream.Stream.of(ALONE))
                .sorted().toList();
        assertThat(themesShown()).containsExactlyInAnyOrder(DUES, minutesAndAlone);
        assertThat(ungroupedShown()).isEmpty();
        assertThat(_get(Div.class, spec -> spec.withId("themes-learned")).getElement().getTextRecursively())
                .startsWith("Đã đưa");
        assertThat(movedHere()).as("the theme that took the card is marked where the moderator looks")
                .isSameAs(themeHolding(ALONE));
        assertThat(_get(movedHere(), Span.class, spec -> spec.withClasses("moved-note")).getText())
                .isEqualTo(vi("themes.add.here"));
        assertThat(links(room, "MUST")).as("linked to the theme's label card only").isEqualTo(1);

        tearDownVaadin();
        setUpVaadin();
        openThemes(room, "dieuphoi", Role.MODERATOR);
        assertThat(themesShown()).containsExactlyInAnyOrder(DUES, minutesAndAlone);
    }

    @Test
    void theThemeACardInNoThemeResemblesMostIsOfferedFirst() {
        Fixtures.Classroom room = postFourCards();
        long dung = learner(room, 2, "Phạm Thị Dung");
        // too little like the minutes theme to join it, but more like it than like the dues theme (listed first
        // otherwise: same size, posted earlier)
        cards.post(dung, CardType.DIFFICULTY, "Nhiều ý kiến hay nhưng không ai ghi lại", null, "d1");
        openThemes(room, "dieuphoi", Role.MODERATOR);
        assertThat(ungroupedShown()).containsExactly("Nhiều ý kiến hay nhưng không ai ghi lại");
        assertThat(themesShown().get(0)).isEqualTo(DUES);

        Div row = _find(Div.class, spec -> spec.withClasses("ungrouped-card")).get(0);
        @SuppressWarnings("unchecked")
        Select<CardThemes.Theme> into = _get(row, Select.class, spec -> spec.withClasses("ungrouped-into"));
        assertThat(into.getListDataView().getItems().map(t -> t.cards().stream().map(CardSnapshot::text).sorted()
                .toList())).containsExactly(MINUTES, DUES);
        assertThat(into.getHelperText()).isEqualTo(vi("themes.alike.first"));
    }

    @Test
    void takingOutACardDeletedMeanwhileSaysSoAndRefreshesTheThemes() {
        Fixtures.Classroom room = postFourCards();
        openThemes(room, "dieuphoi", Role.MODERATOR);
        Div row = rowOf(DUES.get(0));
        long cardId = jdbc.queryForObject("select id from card where workshop_id = ? and text = ?", Long.class,
                room.workshop().id(), DUES.get(0));
        long author = jdbc.queryForObject("select author_id from card where id = ?", Long.class, cardId);
        cards.delete(author, cardId);

        _click(_get(row, Button.class, spec -> spec.withClasses("theme-split")));

        assertThat(_get(Div.class, spec -> spec.withId("themes-learned")).getElement().getTextRecursively())
                .isEqualTo(vi("themes.split.unknown"));
        assertThat(themesShown()).containsExactly(MINUTES);
        assertThat(links(room, "CANNOT")).isZero();
    }

    @Test
    void aTrainerSavesAMergeIntoTheThesaurus() {
        Fixtures.Classroom room = postFourCards();
        openThemes(room, "trainer", Role.TRAINER);
        mergeDuesWithTheOtherTheme();

        assertThat(_find(movedHere(), Button.class, spec -> spec.withId("themes-save-thesaurus")))
                .as("offered beside the merged theme").hasSize(1);
        _click(_get(Button.class, spec -> spec.withId("themes-save-thesaurus")));
        TextField phrases = _get(TextField.class, spec -> spec.withId("thesaurus-phrases"));
        assertThat(phrases.getValue()).as("prefilled with both themes' words").contains("|");
        _click(_get(Button.class, spec -> spec.withId("thesaurus-add")));
        TextField concept = _get(TextField.class, spec -> spec.withId("thesaurus-concept"));
        assertThat(concept.isInvalid()).isTrue();
        assertThat(concept.getErrorMessage()).isEqualTo(vi("error.required"));
        assertThat(phrases.getValue()).as("typed text kept").contains("|");
        String name = "khái niệm thử " + System.nanoTime();
        concept.setValue(name);
        _click(_get(Button.class, spec -> spec.withId("thesaurus-add")));
        try {
            assertThat(jdbc.queryForObject("select count(*) from thesaurus_entry where concept = ?", Integer.class,
                    name)).isEqualTo(1);
        } finally {
            fixtures.asTrainer(() -> {
                thesaurus.entries().stream().filter(e -> e.concept().equals(name))
                        .forEach(e -> thesaurus.delete(e.id()));
                return null;
            });
        }
    }

    private static final List<String> DUES = List.of("Thu đảng phí chậm, nhiều đồng chí còn nợ",
            "Đảng viên nộp phí không đúng hạn").stream().sorted().toList();
    private static final List<String> MINUTES = List.of("Cử người ghi chép cuộc họp cẩn thận, đủ ý kiến",
            "Thư ký ghi biên bản sơ sài").stream().sorted().toList();

    /** Reads like no other card of the four. */
    private static final String ALONE = "Hội trường nóng, thiếu quạt và ghế ngồi";

    private Fixtures.Classroom postFourCards() {
        Fixtures.Classroom room = fixtures.classroom();
        // each test's learners on browsers of their own, so the per-browser posting limit is not shared
        long an = learner(room, 0, "Nguyễn Văn An");
        long binh = learner(room, 0, "Trần Thị Bình");
        long chi = learner(room, 1, "Lê Văn Chi");
        cards.post(an, CardType.DIFFICULTY, "Thu đảng phí chậm, nhiều đồng chí còn nợ", null, "a1");
        cards.post(chi, CardType.DIFFICULTY, "Đảng viên nộp phí không đúng hạn", null, "c1");
        cards.post(binh, CardType.DIFFICULTY, "Thư ký ghi biên bản sơ sài", null, "b1");
        cards.post(chi, CardType.SOLUTION, "Cử người ghi chép cuộc họp cẩn thận, đủ ý kiến", null, "c2");
        return room;
    }

    private long learner(Fixtures.Classroom room, int group, String name) {
        String browser = "themes-" + System.nanoTime();
        return workshops.join(room.workshop().joinCode(), name, room.workshop().groups().get(group).id(),
                new Requester(browser, browser)).id();
    }

    private void openThemes(Fixtures.Classroom room, String name, Role role) {
        var auth = UsernamePasswordAuthenticationToken.authenticated(name, null,
                List.of(new SimpleGrantedAuthority(role.authority())));
        security.getContext().setAuthentication(auth);
        SecurityContextHolder.getContext().setAuthentication(auth);
        var request = (com.github.mvysny.fakeservlet.FakeRequest) VaadinServletRequest.getCurrent()
                .getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, r) -> auth.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + r)));
        UI.getCurrent().navigate("moderate/" + room.workshop().id());
        _click(_get(Button.class, spec -> spec.withId("themes-suggest")));
    }

    private static List<List<String>> themesShown() {
        return _find(Div.class, spec -> spec.withClasses("theme")).stream()
                .map(t -> _find(t, Span.class, spec -> spec.withClasses("theme-card")).stream()
                        .map(s -> s.getText().substring(2)).sorted().toList())
                .toList();
    }

    /** The one place marked as where a card just went. */
    private static Div movedHere() {
        List<Div> marked = _find(Div.class, spec -> spec.withClasses("moved-here"));
        assertThat(marked).hasSize(1);
        return marked.get(0);
    }

    private static List<String> ungroupedShown() {
        var section = _find(vn.toadam.synthesis.ui.UngroupedCards.class);
        if (section.isEmpty() || !section.get(0).isVisible()) {
            return List.of();
        }
        return _find(section.get(0), Span.class, spec -> spec.withClasses("theme-card")).stream()
                .map(s -> s.getText().substring(2)).sorted().toList();
    }

    /** "Gộp với…" on the dues theme: the other theme chosen, then "Gộp". */
    private static void mergeDuesWithTheOtherTheme() {
        Div dues = themeHolding(DUES.get(0));
        @SuppressWarnings("unchecked")
        Select<CardThemes.Theme> with = _get(dues, Select.class, spec -> spec.withClasses("theme-merge-with"));
        with.setValue(with.getListDataView().getItems().findFirst().orElseThrow());
        _click(_get(dues, Button.class, spec -> spec.withClasses("theme-merge")));
    }

    private static Div rowOf(String cardText) {
        return _find(Div.class, spec -> spec.withClasses("theme-card-row")).stream()
                .filter(r -> _get(r, Span.class, spec -> spec.withClasses("theme-card")).getText().endsWith(cardText))
                .findFirst().orElseThrow();
    }

    private static Div themeHolding(String text) {
        return _find(Div.class, spec -> spec.withClasses("theme")).stream()
                .filter(t -> _find(t, Span.class, spec -> spec.withClasses("theme-card")).stream()
                        .anyMatch(s -> s.getText().endsWith(text)))
                .findFirst().orElseThrow();
    }

    private int links(Fixtures.Classroom room, String kind) {
        return jdbc.queryForObject("select count(*) from theme_link where workshop_id = ? and kind = ?",
                Integer.class, room.workshop().id(), kind);
    }
}
