package wirecoder.events;

/**
 * A phrase head that fills a role of an event: {@code role} actor or recipient, found through
 * {@code relation} on the trigger (V/N), its support verb (S) or the clause it depends on (inherit).
 */
public record RoleFiller(int head, String role, String relation, String on) {
}
