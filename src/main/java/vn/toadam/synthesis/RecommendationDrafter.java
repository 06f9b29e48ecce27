package vn.toadam.synthesis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import vn.toadam.base.InvalidInputException;
import vn.toadam.base.TranslationProvider;
import vn.toadam.board.CardType;

/**
 * Drafts a recommendation from a theme, extractively (no text is invented): the most representative difficulty is
 * the problem, the best-voted solutions and experiences that answer it are the proposed practice, in the report's
 * administrative style, citing every card used. The moderator then edits the draft like any other.
 */
@Service
@PreAuthorize("hasAnyRole('TRAINER', 'MODERATOR')")
public class RecommendationDrafter {

    /** At most this many practices are proposed in one draft. */
    public static final int PRACTICES_MAX = 4;
    /** A quoted card is cut to this many characters, so a draft always fits the body. */
    static final int QUOTE_MAX = 300;

    private final SolutionMatcher matcher;
    private final RecommendationService recommendations;

    RecommendationDrafter(SolutionMatcher matcher, RecommendationService recommendations) {
        this.matcher = matcher;
        this.recommendations = recommendations;
    }

    /** Drafts from the difficulties among {@code cardIds} (a theme); solutions and experiences among them count too. */
    @PreAuthorize("@moderatorScope.mayModerate(#workshopId)")
    public RecommendationView draft(long workshopId, Collection<Long> cardIds, Locale requested) {
        Locale locale = TranslationProvider.supported(requested);
        Set<Long> chosen = new LinkedHashSet<>(cardIds);
        SolutionMatcher.DifficultyTheme theme = matcher.theme(workshopId, chosen)
                .orElseThrow(() -> new InvalidInputException("cards", "draft.no-difficulty"));
        List<SolutionMatcher.Difficulty> difficulties = theme.difficulties();
        SolutionMatcher.Difficulty problem = difficulties.stream()
                .max(Comparator.comparingInt(SolutionMatcher.Difficulty::votes)
                        .thenComparing(d -> d.cardId() == theme.representative().cardId()))
                .orElseThrow();
        List<SolutionMatcher.Match> practices = practices(theme.answers(), chosen);

        String title = cut(TranslationProvider.translate("draft.title", locale, sentence(problem.text(), false)),
                RecommendationView.TITLE_MAX);
        StringBuilder body = new StringBuilder(TranslationProvider.translate("draft.problem", locale,
                sentence(problem.text(), true), problem.groupName()));
        List<String> alsoIn = difficulties.stream().map(SolutionMatcher.Difficulty::groupName).distinct()
                .filter(g -> !g.equals(problem.groupName())).toList();
        if (!alsoIn.isEmpty()) {
            body.append(' ').append(TranslationProvider.translate("draft.also-raised", locale,
                    difficulties.size(), String.join(", ", alsoIn)));
        }
        body.append('\n');
        if (practices.isEmpty()) {
            body.append(TranslationProvider.translate("draft.no-practice", locale));
        } else {
            body.append(TranslationProvider.translate("draft.propose", locale));
            for (int i = 0; i < practices.size(); i++) {
                SolutionMatcher.Match m = practices.get(i);
                body.append("\n- ").append(sentence(m.text(), true)).append(" (").append(m.groupName()).append(" · ")
                        .append(TranslationProvider.translate("card.type." + m.type(), locale));
                if (m.votes() > 0) {
                    body.append(" · ").append(TranslationProvider.translate("report.votes", locale, m.votes()));
                }
                body.append(i == practices.size() - 1 ? ")." : ");");
            }
        }
        List<Long> cited = new ArrayList<>();
        cited.add(problem.cardId());
        difficulties.stream().map(SolutionMatcher.Difficulty::cardId).filter(id -> id != problem.cardId())
                .forEach(cited::add);
        practices.forEach(m -> cited.add(m.cardId()));
        RecommendationView created = recommendations.create(workshopId, title, null, cited);
        return recommendations.update(created.with(title, cut(body.toString(), RecommendationView.BODY_MAX), null,
                created.priority(), created.status(), null, null));
    }

    /** Linked answers first, then what the moderator chose, then the best-voted of the rest. */
    private static List<SolutionMatcher.Match> practices(List<SolutionMatcher.Match> answers, Set<Long> chosen) {
        return answers.stream().sorted(Comparator.comparing((SolutionMatcher.Match m) -> !m.linked())
                        .thenComparing(m -> !chosen.contains(m.cardId()))
                        .thenComparing(Comparator.comparingInt(SolutionMatcher.Match::votes).reversed())
                        .thenComparing(Comparator.comparingDouble(SolutionMatcher.Match::similarity).reversed()))
                .limit(PRACTICES_MAX).collect(Collectors.toList());
    }

    /** The card's words as a clause: trimmed, cut, without its final stop; capitalised or not. */
    static String sentence(String text, boolean capital) {
        String s = cut(text.strip().replaceAll("\\s+", " "), QUOTE_MAX).replaceAll("[.;!…\\s]+$", "");
        if (s.isEmpty()) {
            return s;
        }
        String first = s.substring(0, 1);
        if (!capital && startsWithName(s)) {
            return s;
        }
        return (capital ? first.toUpperCase(Locale.ROOT) : first.toLowerCase(Locale.ROOT)) + s.substring(1);
    }

    /** Written with a capital whatever their place in a sentence (the Party, Uncle Ho, apps people name). */
    private static final Set<String> NAMES = Set.of("Đảng", "Bác", "Zalo", "Facebook", "Nhà nước");

    /**
     * Whether the clause opens with a name that keeps its capital: an abbreviation ("UBND", "HĐND"), a name of
     * several capitalised syllables ("Hà Nội", "Mặt trận Tổ quốc" counts by its first two), or a known name.
     */
    static boolean startsWithName(String s) {
        String[] words = s.split(" ", 3);
        String word = words[0].replaceAll("[^\\p{L}\\p{N}]", "");
        if (word.length() >= 2 && word.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)) {
            return true;
        }
        if (words.length > 1 && Character.isUpperCase(word.isEmpty() ? 'a' : word.charAt(0))
                && !words[1].isEmpty() && Character.isUpperCase(words[1].charAt(0))) {
            return true;
        }
        boolean partyMember = word.equals("Đảng") && words.length > 1 && words[1].startsWith("viên");
        return !partyMember && (NAMES.contains(word) || words.length > 1 && NAMES.contains(word + " " + words[1]));
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
