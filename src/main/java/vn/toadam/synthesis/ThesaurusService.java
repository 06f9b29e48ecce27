package vn.toadam.synthesis;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.toadam.base.InvalidInputException;
import vn.toadam.base.Texts;
import vn.toadam.language.TextSimilarity;
import vn.toadam.language.Thesaurus;

/**
 * The concept thesaurus: built in (read-only) plus what trainers add ("these words mean the same"). Every change
 * is put to use by {@link TextSimilarity} once committed, so theme suggestions and matches see it at once.
 */
@Service
public class ThesaurusService {

    public static final int CONCEPT_MAX = 80;
    public static final int PHRASE_MAX = 80;
    public static final int PHRASES_PER_ENTRY_MAX = 20;
    /** Stored as "a | b | c"; the column holds this many characters. */
    public static final int PHRASES_TEXT_MAX = 1000;
    public static final int ENTRIES_MAX = 500;
    /** Words of each theme's label put in a suggested entry. */
    static final int SUGGESTED_WORDS = 3;

    public record Concept(String concept, List<String> phrases) {
    }

    public record TrainerEntry(long id, String concept, List<String> phrases, String madeBy) {
    }

    private final JdbcTemplate jdbc;
    private final TextSimilarity similarity;
    private final SecurityContextHolderStrategy security;
    private final Clock clock;

    ThesaurusService(JdbcTemplate jdbc, TextSimilarity similarity, SecurityContextHolderStrategy security,
                     Clock clock) {
        this.jdbc = jdbc;
        this.similarity = similarity;
        this.security = security;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('TRAINER')")
    public List<Concept> builtIn() {
        Thesaurus t = Thesaurus.builtIn();
        return t.concepts().stream().map(c -> new Concept(c, List.copyOf(t.phrases(c)))).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('TRAINER')")
    public List<TrainerEntry> entries() {
        return stored();
    }

    /** A trainer's entry: a concept name and its phrases separated by "|". */
    @Transactional
    @PreAuthorize("hasRole('TRAINER')")
    public TrainerEntry add(String concept, String phrases) {
        String name = Texts.require(concept, "concept", CONCEPT_MAX);
        String typed = Texts.require(phrases, "phrases", PHRASES_TEXT_MAX);
        Set<String> list = new LinkedHashSet<>();
        for (String p : typed.split("\\|")) {
            String phrase = p.strip().replaceAll("\\s+", " ");
            if (phrase.length() > PHRASE_MAX) {
                throw new InvalidInputException("phrases", "thesaurus.phrase.too-long", PHRASE_MAX);
            }
            if (!phrase.isEmpty()) {
                list.add(phrase);
            }
        }
        if (list.isEmpty()) {
            throw new InvalidInputException("phrases", "error.required");
        }
        if (list.size() > PHRASES_PER_ENTRY_MAX) {
            throw new InvalidInputException("phrases", "thesaurus.phrases.too-many", PHRASES_PER_ENTRY_MAX);
        }
        Integer count = jdbc.queryForObject("select count(*) from thesaurus_entry", Integer.class);
        if (count != null && count >= ENTRIES_MAX) {
            throw new InvalidInputException(null, "thesaurus.full", ENTRIES_MAX);
        }
        String by = security.getContext().getAuthentication().getName();
        String joined = String.join(" | ", list);
        jdbc.update("insert into thesaurus_entry (concept, phrases, made_by, made_at) values (?, ?, ?, ?)", name,
                joined, by, Timestamp.from(clock.instant()));
        useAfterCommit();
        return stored().stream().filter(e -> e.concept().equals(name)).reduce((first, last) -> last).orElseThrow();
    }

    @Transactional
    @PreAuthorize("hasRole('TRAINER')")
    public void delete(long id) {
        jdbc.update("delete from thesaurus_entry where id = ?", id);
        useAfterCommit();
    }

    /** A starting point for "these words mean the same", from two themes' labels: a few words of each. */
    @PreAuthorize("hasRole('TRAINER')")
    public String suggestPhrases(String label, String otherLabel) {
        return Arrays.asList(label, otherLabel).stream()
                .map(l -> similarity.words(l).stream().limit(SUGGESTED_WORDS).collect(Collectors.joining(" ")))
                .filter(s -> !s.isBlank()).distinct().collect(Collectors.joining(" | "));
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional(readOnly = true)
    public void useStoredEntries() {
        List<Thesaurus.Entry> entries = new ArrayList<>();
        for (TrainerEntry e : stored()) {
            e.phrases().forEach(p -> entries.add(new Thesaurus.Entry(e.concept(), p)));
        }
        similarity.useThesaurus(Thesaurus.builtIn().with(entries));
    }

    private void useAfterCommit() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                useStoredEntries();
            }
        });
    }

    private List<TrainerEntry> stored() {
        return jdbc.query("select id, concept, phrases, made_by from thesaurus_entry order by id", (rs, i) ->
                new TrainerEntry(rs.getLong(1), rs.getString(2),
                        Arrays.stream(rs.getString(3).split("\\|")).map(String::strip).filter(s -> !s.isEmpty())
                                .toList(), rs.getString(4)));
    }
}
