package vn.toadam.workshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import vn.toadam.base.InvalidInputException;
import vn.toadam.support.Fixtures;
import vn.toadam.support.IntegrationTest;

class WorkshopServiceTest extends IntegrationTest {

    @Autowired
    WorkshopService workshops;
    @Autowired
    Fixtures fixtures;

    @Test
    void aNewWorkshopHasThreeNamedGroupsAndAnUnambiguousCode() {
        WorkshopSummary w = fixtures.workshop("Thực hành kỹ năng tổ chức sinh hoạt chi bộ");
        assertThat(w.groups()).extracting(WorkshopSummary.GroupInfo::name).containsExactly("Tổ 1", "Tổ 2", "Tổ 3");
        assertThat(w.joinCode()).hasSize(JoinCodes.LENGTH).matches("[" + JoinCodes.ALPHABET + "]+");
        assertThat(w.status()).isEqualTo(WorkshopStatus.OPEN);
    }

    @Test
    void joinCodesUseAnAlphabetOfThirtyOneSymbolsWithoutLookAlikes() {
        assertThat(JoinCodes.ALPHABET).hasSize(31).doesNotContain("0", "O", "1", "I", "L");
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            codes.add(JoinCodes.next());
        }
        assertThat(codes).hasSizeGreaterThan(1990);
        assertThat(JoinCodes.normalize(" ab-c 23 ")).isEqualTo("ABC23");
    }

    @Test
    void onlyTrainersCreateWorkshops() {
        assertThatThrownBy(() -> workshops.create(new NewWorkshop("X", null, null, null, 3), "someone"))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void workshopFieldsAreValidated() {
        assertThatThrownBy(() -> fixtures.asTrainer(() -> workshops.create(
                new NewWorkshop("  ", null, LocalDate.now(), null, 3), "trainer")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("title"));
        assertThatThrownBy(() -> fixtures.asTrainer(() -> workshops.create(
                new NewWorkshop("Tiêu đề", null, null, null, Workshop.GROUPS_MAX + 1), "trainer")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("groupCount"));
    }

    @Test
    void joiningChecksCodeNameAndGroup() {
        WorkshopSummary w = fixtures.workshop("Lớp A");
        long group = w.groups().get(1).id();
        assertThatThrownBy(() -> workshops.join("ZZZZZZ", "An", group))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("join.code.unknown"));
        assertThatThrownBy(() -> workshops.join(w.joinCode(), " ", group))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("name"));
        assertThatThrownBy(() -> workshops.join(w.joinCode(), "a".repeat(Participant.NAME_MAX + 1), group))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("error.too-long"));
        assertThatThrownBy(() -> workshops.join(w.joinCode(), "An", null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("group"));
        WorkshopSummary other = fixtures.workshop("Lớp B");
        assertThatThrownBy(() -> workshops.join(w.joinCode(), "An", other.groups().get(0).id()))
                .isInstanceOf(InvalidInputException.class);

        ParticipantInfo an = workshops.join(w.joinCode().toLowerCase(), "  Nguyễn Văn An ", group);
        assertThat(an.displayName()).isEqualTo("Nguyễn Văn An");
        assertThat(an.groupName()).isEqualTo("Tổ 2");
        assertThat(an.role()).isEqualTo(ParticipantRole.LEARNER);
    }

    @Test
    void tooManyWrongCodesFromOneBrowserMustWaitWhileOtherBrowsersBehindTheSameAddressGoOn() {
        WorkshopSummary w = fixtures.workshop("Lớp đoán mã");
        long group = w.groups().get(0).id();
        Requester guesser = new Requester("10.0.0.66", "trinh-duyet-doan");
        for (int i = 0; i < WorkshopService.JOIN_FAILURES_PER_MINUTE; i++) {
            String wrong = "WRONG" + i;
            assertThatThrownBy(() -> workshops.findOpenByCode(wrong, guesser))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("join.code.unknown"));
        }
        assertThatThrownBy(() -> workshops.join(w.joinCode(), "An", group, guesser))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("code");
                    assertThat(e.messageKey()).isEqualTo("join.rate-limited");
                });
        assertThat(workshops.join(w.joinCode(), "Bình", group, new Requester("10.0.0.66", "trinh-duyet-binh"))
                .displayName()).isEqualTo("Bình");
    }

    @Test
    void theSameWrongCodeFromOneBrowserCountsOnce() {
        Requester typist = new Requester("10.0.0.70", "trinh-duyet-go-lai");
        for (int i = 0; i < 3 * WorkshopService.JOIN_FAILURES_PER_MINUTE; i++) {
            assertThatThrownBy(() -> workshops.findOpenByCode("ZZZ999", typist))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("join.code.unknown"));
        }
    }

    @Test
    void aRoomOf150LearnersBehindOneRouterJoinsThoughEveryTenthMistypesOnce() {
        WorkshopSummary w = fixtures.workshop("Lớp sau một bộ định tuyến");
        String router = "203.0.113.7";
        for (int i = 0; i < 150; i++) {
            Requester learner = new Requester(router, "may-" + i);
            if (i % 10 == 0) {
                String typo = "TYPO" + (char) ('A' + i / 10) + "Q";
                assertThatThrownBy(() -> workshops.findOpenByCode(typo, learner))
                        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("join.code.unknown"));
            }
            assertThat(workshops.join(w.joinCode(), "Học viên " + i, w.groups().get(i % 3).id(), learner).id())
                    .isPositive();
        }
    }

    @Test
    void aGuesserWhoDropsTheCookieAtEveryTryIsStoppedByTheAddressBudget() {
        WorkshopSummary w = fixtures.workshop("Lớp bị dò mã");
        String address = "198.51.100.9";
        for (int i = 0; i < WorkshopService.JOIN_FAILURES_PER_ADDRESS_PER_HOUR; i++) {
            String wrong = "G" + Integer.toString(i, 31).toUpperCase();
            workshops.findOpenByCode(w.joinCode(), new Requester("10.9.9.9", "khac")); // elsewhere: no effect
            assertThatThrownBy(() -> workshops.findOpenByCode(wrong, new Requester(address, "moi-" + wrong)))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("join.code.unknown"));
        }
        assertThatThrownBy(() -> workshops.findOpenByCode(w.joinCode(), new Requester(address, "moi-nua")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("join.rate-limited.address"));
        assertThat(workshops.findOpenByCode(w.joinCode(), new Requester("10.9.9.9", "khac")).id()).isEqualTo(w.id());
    }

    @Test
    void aClosedWorkshopCannotBeJoined() {
        WorkshopSummary w = fixtures.workshop("Lớp đã đóng");
        fixtures.close(w);
        assertThatThrownBy(() -> workshops.join(w.joinCode(), "An", w.groups().get(0).id()))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("join.code.closed"));
    }

    @Test
    void groupsCanBeRenamed() {
        WorkshopSummary w = fixtures.workshop("Lớp C");
        WorkshopSummary renamed = fixtures.asTrainer(() -> workshops.renameGroup(w.groups().get(0).id(), "Tổ Hoa Sen"));
        assertThat(renamed.groups().get(0).name()).isEqualTo("Tổ Hoa Sen");
    }
}
