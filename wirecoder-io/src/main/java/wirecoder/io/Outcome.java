package wirecoder.io;

import wirecoder.model.ExtractionResult;

/**
 * One input item and what extraction made of it, errors included: what every sink receives, in input order.
 * {@code item.article()} is null when the input never became an article (then the result holds only its errors).
 */
public record Outcome(InputItem item, ExtractionResult result) {

    public boolean failed() {
        return !result.errors().isEmpty();
    }
}
