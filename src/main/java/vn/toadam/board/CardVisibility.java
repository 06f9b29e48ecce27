package vn.toadam.board;

import java.util.function.Predicate;
import vn.toadam.workshop.ParticipantInfo;

/** What a learner may see of their group's cards now (e.g. not others' cards before the moderator reveals them). */
public interface CardVisibility {

    /** Read once per screen refresh: which cards the viewer sees. */
    Predicate<CardSnapshot> filterFor(ParticipantInfo viewer);

    /** Whether learners of this workshop see who wrote what. */
    boolean showsAuthors(long workshopId);
}
