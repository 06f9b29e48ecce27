package vn.toadam.board;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.toadam.base.InvalidInputException;
import vn.toadam.base.Texts;
import vn.toadam.security.RateLimiter;
import vn.toadam.workshop.ParticipantInfo;
import vn.toadam.workshop.WorkshopService;

/**
 * A group's chat, under the rules cards obey: only a participant of an open workshop who was not removed writes,
 * to their own group, within a length and a rate; the message is stored, and after commit a {@link ChatPosted} is
 * sent to the group's open chats.
 */
@Service
public class ChatService {

    public static final int TEXT_MAX = 1000;
    /** A participant may send at most this many messages a minute (a flood from a script or a stuck key is refused). */
    public static final int MESSAGES_PER_MINUTE = 20;
    static final Duration MESSAGE_WINDOW = Duration.ofMinutes(1);
    /** How many of the latest messages a chat shows on opening. */
    public static final int SHOWN_MAX = 200;

    private final ChatMessageRepository messages;
    private final WorkshopService workshops;
    private final RateLimiter rateLimiter;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ChatService(ChatMessageRepository messages, WorkshopService workshops, RateLimiter rateLimiter,
                ApplicationEventPublisher events, Clock clock) {
        this.messages = messages;
        this.workshops = workshops;
        this.rateLimiter = rateLimiter;
        this.events = events;
        this.clock = clock;
    }

    /** The latest messages of the participant's group, oldest first; readable after the workshop closed. */
    @Transactional(readOnly = true)
    public List<ChatLine> recent(long participantId) {
        ParticipantInfo me = workshops.requireParticipant(participantId);
        List<ChatLine> latest = new ArrayList<>(messages.findByTopicOrderBySentAtDescIdDesc(
                BoardAudience.groupChat(me.groupId()), PageRequest.of(0, SHOWN_MAX)).stream()
                .map(m -> m.toLine(me.groupId())).toList());
        Collections.reverse(latest);
        return latest;
    }

    /** Sends a message to the participant's group; refusals name the field "message". */
    @Transactional
    public ChatLine send(long participantId, String text) {
        ParticipantInfo me = workshops.requireActiveParticipant(participantId);
        String clean = Texts.require(text, "message", TEXT_MAX);
        if (!rateLimiter.tryAcquire("chat:" + me.id(), MESSAGES_PER_MINUTE, MESSAGE_WINDOW)) {
            throw new InvalidInputException("message", "chat.rate-limited", MESSAGES_PER_MINUTE);
        }
        ChatLine line = messages.save(new ChatMessage(BoardAudience.groupChat(me.groupId()),
                BoardAudience.participantKey(me.id()), me.displayName(), clean, clock.instant())).toLine(me.groupId());
        events.publishEvent(new ChatPosted(line));
        return line;
    }
}
