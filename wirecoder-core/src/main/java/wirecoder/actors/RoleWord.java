package wirecoder.actors;

/** A generic agent noun ("soldiers", "protesters") with its sector and canonical label. */
public record RoleWord(String lemma, String sector, String label) {
}
