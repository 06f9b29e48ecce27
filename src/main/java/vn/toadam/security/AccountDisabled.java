package vn.toadam.security;

/** An account was disabled (published inside the transaction; its sessions end once that commits). */
record AccountDisabled(String username) {
}
