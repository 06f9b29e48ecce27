package vn.toadam.procedure;

/**
 * Who plays whom in a group's practice meeting. The chair and the group leader may be participants (then they run
 * the step tracker) or typed names; the minute-taker and members are names.
 */
public record Roles(String chairName, Long chairId, String secretaryName, Long leaderId, String members) {
}
