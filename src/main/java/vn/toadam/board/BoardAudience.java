package vn.toadam.board;

/** Names of live audiences and collaboration topics of boards. */
public final class BoardAudience {

    private BoardAudience() {
    }

    public static String group(long groupId) {
        return "board/group/" + groupId;
    }

    public static String groupChat(long groupId) {
        return "chat/group/" + groupId;
    }

    public static String participantKey(long participantId) {
        return "p" + participantId;
    }
}
