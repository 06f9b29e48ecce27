package vn.toadam.synthesis;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The moderator's links "this card answers that difficulty", across groups, with who made each. */
@Component
class AnswerLinks {

    private final JdbcTemplate jdbc;

    AnswerLinks(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A promoted learner signs in as "participant-12 (Lan)" (see {@code security.PromotedLearner}). */
    private static final Pattern PROMOTED_LEARNER = Pattern.compile("participant-\\d+ \\((.*)\\)");

    /** difficulty id → (answering card id → the name of who linked them), for one workshop. */
    Map<Long, Map<Long, String>> of(long workshopId) {
        Map<Long, Map<Long, String>> links = new HashMap<>();
        jdbc.query("select l.difficulty_card_id, l.answer_card_id, l.linked_by, u.display_name from answer_link l "
                + "join card d on d.id = l.difficulty_card_id left join app_user u on u.username = l.linked_by "
                + "where d.workshop_id = ?", rs -> {
                    links.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getLong(2),
                            displayName(rs.getString(3), rs.getString(4)));
                }, workshopId);
        return links;
    }

    /** The account's display name, a promoted learner's name, or else what was recorded. */
    static String displayName(String linkedBy, String accountName) {
        if (accountName != null) {
            return accountName;
        }
        Matcher learner = PROMOTED_LEARNER.matcher(linkedBy);
        return learner.matches() ? learner.group(1) : linkedBy;
    }

    void link(long difficultyId, long answerId, String by, Instant at) {
        try {
            jdbc.update("insert into answer_link (difficulty_card_id, answer_card_id, linked_by, linked_at) "
                    + "select ?, ?, ?, ? where not exists (select 1 from answer_link "
                    + "where difficulty_card_id = ? and answer_card_id = ?)", difficultyId, answerId, by,
                    Timestamp.from(at), difficultyId, answerId);
        } catch (DuplicateKeyException doubleClick) {
            // the same link made at the same moment by another click: it exists, as asked
        }
    }

    void unlink(long difficultyId, long answerId) {
        jdbc.update("delete from answer_link where difficulty_card_id = ? and answer_card_id = ?", difficultyId,
                answerId);
    }
}
