package vn.toadam.workshop;

/** Where a join attempt comes from: the client address and the browser's id (see {@code BrowserDevices}). */
public record Requester(String address, String device) {

    /** Calls from within the server (tests, imports): one shared address, and no browser to limit posts by. */
    public static final Requester LOCAL = new Requester("local", "local");
}
