package vn.toadam.board;

/** Whether a workshop takes new cards right now (e.g. not while the room is voting); throws a refusal if not. */
public interface PostingPolicy {

    void checkMayPost(long workshopId);
}
