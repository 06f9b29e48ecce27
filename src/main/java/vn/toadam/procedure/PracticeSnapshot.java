package vn.toadam.procedure;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A group's practice as its screens show it; what a live event carries. */
public record PracticeSnapshot(long id, long groupId, long templateId, String chairName, Long chairId,
                               String secretaryName, Long leaderId, String members, PracticeStatus status,
                               Integer currentPosition, Instant currentStartedAt, Instant startedAt, Instant endedAt,
                               long version, List<StepProgress> steps, List<Note> notes, Map<Long, Integer> scores) implements java.io.Serializable {

    public record StepProgress(int position, long elapsedSeconds, boolean visited, boolean skipped) implements java.io.Serializable {
    }

    public record Note(long id, int position, NoteKind kind, String text, String authorName, Instant createdAt) implements java.io.Serializable {
    }

    public Optional<StepProgress> progress(int position) {
        return steps.stream().filter(s -> s.position() == position).findFirst();
    }

    /** Seconds spent on a step so far, counting the running visit. */
    public long elapsedOn(int position, Instant now) {
        long stored = progress(position).map(StepProgress::elapsedSeconds).orElse(0L);
        boolean current = currentPosition != null && currentPosition == position && currentStartedAt != null;
        return stored + (current ? Math.max(0, Duration.between(currentStartedAt, now).toSeconds()) : 0);
    }

    /** Seconds since the meeting started, up to its end. */
    public long totalSeconds(Instant now) {
        if (startedAt == null) {
            return 0;
        }
        return Math.max(0, Duration.between(startedAt, endedAt != null ? endedAt : now).toSeconds());
    }

    public List<Note> notesOn(int position) {
        return notes.stream().filter(n -> n.position() == position).toList();
    }
}
