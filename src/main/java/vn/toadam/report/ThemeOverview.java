package vn.toadam.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import vn.toadam.board.CardService;
import vn.toadam.board.CardSnapshot;
import vn.toadam.board.CardType;
import vn.toadam.synthesis.CardThemes;
import vn.toadam.workshop.WorkshopService;
import vn.toadam.workshop.WorkshopSummary;

/** Across several classes: the most frequent themes of difficulties (or solutions), counted per workshop. */
@Service
public class ThemeOverview {

    /** Themes shown at most, the most frequent first. */
    public static final int THEMES_MAX = 30;

    public record Theme(String label, int total, Map<Long, Integer> perWorkshop, List<String> examples) {
    }

    public record Overview(List<WorkshopSummary> workshops, List<Theme> themes) {
    }

    private final WorkshopService workshops;
    private final CardService cards;
    private final CardThemes themes;

    ThemeOverview(WorkshopService workshops, CardService cards, CardThemes themes) {
        this.workshops = workshops;
        this.cards = cards;
        this.themes = themes;
    }

    @PreAuthorize("hasRole('TRAINER')")
    public Overview overview(Collection<Long> workshopIds, CardType type, double threshold) {
        List<WorkshopSummary> chosen = workshopIds.stream().map(workshops::get).toList();
        List<CardSnapshot> all = new ArrayList<>();
        for (WorkshopSummary w : chosen) {
            cards.workshopCards(w.id()).stream().filter(c -> c.type() == type && !c.hidden()).forEach(all::add);
        }
        Map<Long, Long> workshopOfGroup = new LinkedHashMap<>();
        chosen.forEach(w -> w.groups().forEach(g -> workshopOfGroup.put(g.id(), w.id())));
        List<Theme> result = new ArrayList<>();
        for (CardThemes.Theme theme : themes.themes(all, threshold)) {
            if (result.size() == THEMES_MAX) {
                break;
            }
            Map<Long, Integer> counts = new LinkedHashMap<>();
            chosen.forEach(w -> counts.put(w.id(), 0));
            theme.cards().forEach(c -> counts.merge(workshopOfGroup.get(c.groupId()), 1, Integer::sum));
            String label = theme.label().text();
            result.add(new Theme(label, theme.cards().size(), counts, theme.cards().stream().map(CardSnapshot::text)
                    .filter(t -> !t.equals(label)).distinct().limit(3).toList()));
        }
        return new Overview(chosen, result);
    }
}
