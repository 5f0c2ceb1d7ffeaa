package wirecoder.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * One sentence: its tokens and, when it was parsed, two dependency graphs. {@code basic} is a
 * tree (used for phrase spans); {@code enhanced} is the enhanced++ graph (used for roles, since
 * it propagates subjects and objects across conjunctions and names prepositions).
 * Sentences that cannot hold an event are not parsed, so both lists may be empty.
 */
public record Sentence(int index, int begin, int end, List<Token> tokens,
                       List<Dependency> basic, List<Dependency> enhanced) {

    public Sentence {
        tokens = List.copyOf(tokens);
        basic = List.copyOf(basic);
        enhanced = List.copyOf(enhanced);
    }

    public boolean isParsed() { return !basic.isEmpty(); }

    /** A headline: no closing full stop and few words. */
    public boolean isHeadline() {
        String last = tokens.get(tokens.size() - 1).word();
        return !last.matches("[.!?\"'”’]+") && tokens.size() <= 25;
    }

    public Token token(int i) { return tokens.get(i); }

    public int size() { return tokens.size(); }

    /** Enhanced edges leaving {@code governor}. */
    public List<Dependency> children(int governor) {
        return select(enhanced, d -> d.governor() == governor);
    }

    /** Enhanced edges entering {@code dependent} (several where enhanced++ adds propagated ones). */
    public List<Dependency> parents(int dependent) {
        return select(enhanced, d -> d.dependent() == dependent);
    }

    /** Enhanced children of {@code governor} whose relation is {@code relation} or starts with {@code relation:}. */
    public List<Integer> children(int governor, String relation) {
        List<Integer> out = new ArrayList<>();
        for (Dependency d : enhanced) {
            if (d.governor() == governor && (d.relation().equals(relation) || d.relation().startsWith(relation + ":"))) {
                out.add(d.dependent());
            }
        }
        return out;
    }

    /** The governor of {@code dependent} in the basic tree, or -1 at the root. */
    public int head(int dependent) {
        for (Dependency d : basic) {
            if (d.dependent() == dependent) return d.governor();
        }
        return -1;
    }

    /** The basic-tree relation of {@code dependent} to its head ("root" at the root, "" if unparsed). */
    public String headRelation(int dependent) {
        for (Dependency d : basic) {
            if (d.dependent() == dependent) return d.relation();
        }
        return "";
    }

    /** Basic-tree children of {@code governor}. */
    public List<Dependency> basicChildren(int governor) {
        return select(basic, d -> d.governor() == governor);
    }

    /** Token indexes of the basic subtree under {@code top}, including it, in sentence order. */
    public List<Integer> subtree(int top) {
        boolean[] in = new boolean[tokens.size()];
        collect(top, in);
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < in.length; i++) if (in[i]) out.add(i);
        return out;
    }

    private void collect(int node, boolean[] in) {
        if (in[node]) return;
        in[node] = true;
        for (Dependency d : basic) {
            if (d.governor() == node) collect(d.dependent(), in);
        }
    }

    /** True when {@code ancestor} dominates {@code node} in the basic tree (or is it). */
    public boolean dominates(int ancestor, int node) {
        int guard = tokens.size() + 1;
        for (int n = node; n >= 0 && guard-- > 0; n = head(n)) {
            if (n == ancestor) return true;
        }
        return false;
    }

    /** Marks of an adverbial clause that sets another assertion beside the main one rather than qualifying it. */
    private static final java.util.Set<String> CONTRAST_MARKS = java.util.Set.of("while", "whereas", "although", "though");

    /**
     * The sentence's tokens less the contrasting clauses that do not hold {@code token}: in "rebels attacked ...,
     * while the coalition said its aircraft struck ..." the aircraft lies outside the attack's part. Clauses that
     * qualify the event ("killed ... when a grenade was hurled", "a car bomb that killed eight") stay in.
     */
    public boolean[] outsideContrasts(int token) {
        boolean[] in = new boolean[tokens.size()];
        java.util.Arrays.fill(in, true);
        for (int v = 0; v < tokens.size(); v++) {
            if (!headRelation(v).startsWith("advcl") || dominates(v, token)) continue;
            boolean contrast = false;
            boolean subject = false;
            for (Dependency d : basicChildren(v)) {
                if (d.relation().equals("mark") && CONTRAST_MARKS.contains(tokens.get(d.dependent()).lower())) contrast = true;
                if (d.relation().startsWith("nsubj") || d.relation().equals("expl")) subject = true;
            }
            if (contrast && subject) for (int i : subtree(v)) in[i] = false;
        }
        return in;
    }

    /** Text of the article between the first and last token given (inclusive). */
    public Span span(String articleText, int firstToken, int lastToken) {
        int b = tokens.get(firstToken).begin();
        int e = tokens.get(lastToken).end();
        return new Span(articleText.substring(b, e), b, e);
    }

    private static List<Dependency> select(List<Dependency> edges, Predicate<Dependency> p) {
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : edges) if (p.test(d)) out.add(d);
        return out;
    }
}
