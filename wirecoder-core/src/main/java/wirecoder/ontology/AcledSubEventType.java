package wirecoder.ontology;

import java.util.Arrays;
import java.util.Optional;

/** ACLED's 25 sub-event types (ACLED Codebook 2023), each under one of its six event types. */
public enum AcledSubEventType {
    GOVERNMENT_REGAINS_TERRITORY("Government regains territory", "Battles"),
    NON_STATE_ACTOR_OVERTAKES_TERRITORY("Non-state actor overtakes territory", "Battles"),
    ARMED_CLASH("Armed clash", "Battles"),
    EXCESSIVE_FORCE_AGAINST_PROTESTERS("Excessive force against protesters", "Protests"),
    PROTEST_WITH_INTERVENTION("Protest with intervention", "Protests"),
    PEACEFUL_PROTEST("Peaceful protest", "Protests"),
    VIOLENT_DEMONSTRATION("Violent demonstration", "Riots"),
    MOB_VIOLENCE("Mob violence", "Riots"),
    CHEMICAL_WEAPON("Chemical weapon", "Explosions/Remote violence"),
    AIR_DRONE_STRIKE("Air/drone strike", "Explosions/Remote violence"),
    SUICIDE_BOMB("Suicide bomb", "Explosions/Remote violence"),
    SHELLING_ARTILLERY_MISSILE("Shelling/artillery/missile attack", "Explosions/Remote violence"),
    REMOTE_EXPLOSIVE("Remote explosive/landmine/IED", "Explosions/Remote violence"),
    GRENADE("Grenade", "Explosions/Remote violence"),
    SEXUAL_VIOLENCE("Sexual violence", "Violence against civilians"),
    ATTACK("Attack", "Violence against civilians"),
    ABDUCTION("Abduction/forced disappearance", "Violence against civilians"),
    AGREEMENT("Agreement", "Strategic developments"),
    ARRESTS("Arrests", "Strategic developments"),
    CHANGE_TO_GROUP("Change to group/activity", "Strategic developments"),
    DISRUPTED_WEAPONS_USE("Disrupted weapons use", "Strategic developments"),
    HEADQUARTERS_ESTABLISHED("Headquarters or base established", "Strategic developments"),
    LOOTING_PROPERTY_DESTRUCTION("Looting/property destruction", "Strategic developments"),
    NON_VIOLENT_TERRITORY_TRANSFER("Non-violent transfer of territory", "Strategic developments"),
    OTHER("Other", "Strategic developments");

    private final String label;
    private final String eventType;

    AcledSubEventType(String label, String eventType) {
        this.label = label;
        this.eventType = eventType;
    }

    /** The sub-event type as ACLED writes it ("Air/drone strike"). */
    public String label() { return label; }

    /** The ACLED event type it falls under ("Explosions/Remote violence"). */
    public String eventType() { return eventType; }

    public static Optional<AcledSubEventType> ofLabel(String label) {
        return Arrays.stream(values()).filter(v -> v.label.equals(label)).findFirst();
    }
}
