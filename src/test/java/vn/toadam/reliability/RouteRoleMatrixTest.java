package vn.toadam.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import vn.toadam.procedure.ProcedureService;
import vn.toadam.security.ModeratorScope;
import vn.toadam.security.Role;
import vn.toadam.support.Fixtures;
import vn.toadam.support.KaribuTest;
import vn.toadam.workshop.ParticipantInfo;
import vn.toadam.workshop.ParticipantRole;
import vn.toadam.workshop.WorkshopService;
import vn.toadam.workshop.ui.ParticipantSessions;

/**
 * Every page × every kind of visitor, by typing its address: the page opens only for those it is for; anyone else
 * lands on the login, the join page or "not found". Learners are known by their participant session, accounts by
 * their Spring Security sign-in.
 */
class RouteRoleMatrixTest extends KaribuTest {

    enum Who { ANONYMOUS, DISABLED_ACCOUNT, LEARNER_GROUP_1, LEARNER_GROUP_2, PROMOTED_LEARNER, MODERATOR, TRAINER }

    private static final Set<Who> EVERYONE = EnumSet.allOf(Who.class);
    private static final Set<Who> PARTICIPANTS = EnumSet.of(Who.LEARNER_GROUP_1, Who.LEARNER_GROUP_2, Who.PROMOTED_LEARNER);
    private static final Set<Who> MODERATORS = EnumSet.of(Who.PROMOTED_LEARNER, Who.MODERATOR, Who.TRAINER);
    private static final Set<Who> ACCOUNTS = EnumSet.of(Who.MODERATOR, Who.TRAINER);
    private static final Set<Who> TRAINER = EnumSet.of(Who.TRAINER);

    /** A page's view, and who may open it. */
    private record Page(String view, Set<Who> allowed) {
    }

    @Autowired Fixtures fixtures;
    @Autowired WorkshopService workshops;
    @Autowired ProcedureService procedures;
    @Autowired ParticipantSessions sessions;
    @Autowired SecurityContextHolderStrategy security;
    @Autowired vn.toadam.security.AccountService accounts;

    @Test
    void everyPageOpensOnlyForThoseItIsFor() {
        if (accounts.needsSetup()) {
            accounts.createFirstTrainer("giangvien", "Giảng viên", "mat-khau-thu-nghiem");
        }
        Fixtures.Classroom room = fixtures.classroom();
        Fixtures.Classroom other = fixtures.classroom();
        ParticipantInfo promoted = fixtures.asTrainer(() -> workshops.setParticipantRole(room.binh().id(),
                ParticipantRole.MODERATOR));
        long id = room.workshop().id();
        String code = room.workshop().joinCode();
        long otherId = other.workshop().id();
        long templateId = procedures.templates().get(0).id();

        Map<String, Page> pages = new LinkedHashMap<>();
        pages.put("", new Page("HomeView", EVERYONE));
        pages.put("login", new Page("LoginView", EVERYONE));
        pages.put("join/" + code, new Page("JoinView", EVERYONE));
        pages.put("board/" + code, new Page("BoardView", PARTICIPANTS));
        pages.put("practice/" + code, new Page("PracticeView", PARTICIPANTS));
        pages.put("trainer", new Page("WorkshopListView", MODERATORS));
        pages.put("trainer/workshops/" + id, new Page("WorkshopDetailView", MODERATORS));
        pages.put("trainer/workshops/" + otherId, new Page("WorkshopDetailView", ACCOUNTS));
        pages.put("moderate/" + id, new Page("ModeratorView", MODERATORS));
        pages.put("moderate/" + otherId, new Page("ModeratorView", ACCOUNTS));
        pages.put("projector/" + id, new Page("ProjectorView", MODERATORS));
        pages.put("projector/" + otherId, new Page("ProjectorView", ACCOUNTS));
        pages.put("trainer/procedures", new Page("ProcedureListView", TRAINER));
        pages.put("trainer/procedures/" + templateId, new Page("ProcedureEditorView", TRAINER));
        pages.put("trainer/overview", new Page("OverviewView", TRAINER));
        pages.put("trainer/accounts", new Page("AccountsView", TRAINER));
        pages.put("trainer/organisation", new Page("OrganisationView", TRAINER));
        pages.put("trainer/thesaurus", new Page("ThesaurusView", TRAINER));

        Map<Who, ParticipantInfo> participant = Map.of(Who.LEARNER_GROUP_1, room.an(), Who.LEARNER_GROUP_2,
                room.chi(), Who.PROMOTED_LEARNER, promoted);
        List<String> wrong = new ArrayList<>();
        for (Who who : Who.values()) {
            for (Map.Entry<String, Page> route : pages.entrySet()) {
                tearDownVaadin();
                setUpVaadin();
                signIn(who, id);
                if (participant.containsKey(who)) {
                    sessions.remember(participant.get(who));
                }
                boolean opened;
                try {
                    UI.getCurrent().navigate(route.getKey());
                    opened = shown().equals(route.getValue().view());
                } catch (com.github.mvysny.kaributesting.v10.MockAccessDeniedException denied) {
                    opened = false; // signed in, but without the role: Vaadin's access-denied page
                }
                if (opened != route.getValue().allowed().contains(who)) {
                    wrong.add("/" + route.getKey() + " for " + who + (opened ? " opened" : " was refused") + " ("
                            + shown() + ")");
                }
            }
        }
        security.clearContext();
        System.out.printf("route role matrix: %d pages x %d visitors = %d cells%n", pages.size(), Who.values().length,
                pages.size() * Who.values().length);
        assertThat(wrong).isEmpty();
    }

    /** The view shown now: "none" when navigation went nowhere (e.g. the browser was sent to another address). */
    private static String shown() {
        List<HasElement> chain = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
        return chain.isEmpty() ? "none" : chain.get(0).getClass().getSimpleName();
    }

    private void signIn(Who who, long workshopId) {
        List<GrantedAuthority> authorities = switch (who) {
            case PROMOTED_LEARNER -> ModeratorScope.promotedLearner(workshopId);
            case MODERATOR -> List.of(new SimpleGrantedAuthority(Role.MODERATOR.authority()));
            case TRAINER -> List.of(new SimpleGrantedAuthority(Role.TRAINER.authority()));
            default -> null;
        };
        Authentication auth = authorities == null ? null
                : UsernamePasswordAuthenticationToken.authenticated(who.name().toLowerCase(), null, authorities);
        security.getContext().setAuthentication(auth);
        SecurityContextHolder.getContext().setAuthentication(auth);
        FakeRequest request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(auth);
        request.setUserInRole((principal, role) -> auth != null && auth.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + role)));
    }
}
