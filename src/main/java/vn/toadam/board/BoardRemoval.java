package vn.toadam.board;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.toadam.workshop.WorkshopDeleting;

/** Removes a deleted workshop's cards (with their +1s and replies) and its groups' chats. */
@Component
class BoardRemoval {

    private final JdbcTemplate jdbc;

    BoardRemoval(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void onWorkshopDeleting(WorkshopDeleting event) {
        jdbc.update("update card set answers_card_id = null where workshop_id = ?", event.workshopId());
        jdbc.update("delete from card where workshop_id = ?", event.workshopId());
        for (long groupId : event.groupIds()) {
            jdbc.update("delete from chat_message where topic = ?", BoardAudience.groupChat(groupId));
        }
    }
}
