package wirecoder.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TransitionParserTest {

    private static TransitionParser ours;
    private static DependencyParser corenlp;

    /** Hand-tagged news sentences of varied shape: passives, coordination, relative clauses, quotes, numbers. */
    private static final List<String> SENTENCES = List.of(
            "Hezbollah/NNP fighters/NNS attacked/VBD the/DT town/NN of/IN Arsal/NNP on/IN Friday/NNP ./.",
            "A/DT ceasefire/NN between/IN Hezbollah/NNP and/CC the/DT Nusra/NNP Front/NNP took/VBD effect/NN early/RB Thursday/NNP ./.",
            "Three/CD soldiers/NNS were/VBD killed/VBN by/IN a/DT roadside/NN bomb/NN near/IN Kandahar/NNP ,/, officials/NNS said/VBD ./.",
            "Police/NNS arrested/VBD 24/CD protesters/NNS who/WP had/VBD blocked/VBN the/DT main/JJ road/NN ./.",
            "The/DT government/NN denied/VBD that/IN its/PRP$ forces/NNS had/VBD shelled/VBN the/DT village/NN ./.",
            "Israel/NNP and/CC Egypt/NNP will/MD hold/VB talks/NNS in/IN Cairo/NNP next/JJ week/NN ,/, according/VBG to/TO a/DT source/NN familiar/JJ with/IN the/DT negotiations/NNS ./.",
            "``/`` We/PRP will/MD not/RB withdraw/VB ,/, ''/'' the/DT commander/NN told/VBD reporters/NNS ./.",
            "The/DT United/NNP States/NNPS imposed/VBD sanctions/NNS on/IN six/CD officials/NNS accused/VBN of/IN corruption/NN ./.",
            "Thousands/NNS marched/VBD through/IN the/DT capital/NN demanding/VBG the/DT release/NN of/IN political/JJ prisoners/NNS ./.",
            "Gunmen/NNS abducted/VBD two/CD aid/NN workers/NNS and/CC killed/VBD their/PRP$ driver/NN ./.",
            "If/IN the/DT talks/NNS fail/VBP ,/, the/DT rebels/NNS could/MD resume/VB attacks/NNS on/IN the/DT port/NN ./.",
            "At/IN least/JJS 12/CD people/NNS died/VBD and/CC nearly/RB 150/CD were/VBD wounded/VBN in/IN the/DT blasts/NNS ./.",
            "The/DT militants/NNS ,/, who/WP arrived/VBD in/IN 2014/CD ,/, began/VBD leaving/VBG the/DT area/NN on/IN buses/NNS ./.",
            "Troops/NNS withdrew/VBD from/IN the/DT border/NN region/NN after/IN the/DT agreement/NN was/VBD signed/VBN ./.",
            "Nasrallah/NNP said/VBD his/PRP$ group/NN expected/VBD the/DT evacuation/NN to/TO be/VB completed/VBN within/IN days/NNS ./.",
            "Protesters/NNS clashed/VBD with/IN riot/NN police/NNS outside/IN parliament/NN late/RB on/IN Monday/NNP ./.",
            "Dozens/NNS of/IN families/NNS fled/VBD ./.",
            "Negotiations/NNS ./.",
            "The/DT army/NN said/VBD it/PRP had/VBD captured/VBN the/DT hill/NN ,/, killing/VBG 15/CD fighters/NNS and/CC seizing/VBG weapons/NNS ,/, tanks/NNS and/CC ammunition/NN ./.");

    @BeforeAll
    static void load() {
        ours = TransitionParser.load(TransitionParser.ENGLISH_UD, 20_000);
        edu.stanford.nlp.util.logging.RedwoodConfiguration.errorLevel().apply();
        corenlp = DependencyParser.loadFromModelFile(TransitionParser.ENGLISH_UD, new Properties());
    }

    @Test
    void treesEqualCoreNlpsOwnParser() {
        for (String tagged : SENTENCES) {
            assertEquals(dependencies(corenlp.predict(sentence(tagged)).typedDependencies()),
                    dependencies(ours.predict(sentence(tagged)).typedDependencies()), tagged);
        }
    }

    @Test
    void parsesTheWayTheRulesExpect() {
        List<String> deps = dependencies(ours.predict(sentence(SENTENCES.get(2))).typedDependencies());
        assertTrue(deps.containsAll(List.of("nsubj:pass(killed-4, soldiers-2)", "obl(killed-4, bomb-8)", "case(bomb-8, by-5)",
                "root(ROOT-0, said-13)", "ccomp(said-13, killed-4)")), deps.toString());
    }

    @Test
    void keepingFewerProductsGivesTheSameTrees() {
        TransitionParser none = TransitionParser.load(TransitionParser.ENGLISH_UD, 0);
        for (String tagged : SENTENCES) {
            assertEquals(dependencies(ours.predict(sentence(tagged)).typedDependencies()),
                    dependencies(none.predict(sentence(tagged)).typedDependencies()), tagged);
        }
    }

    @Test
    void readsDecimalsAsFloatParseFloatDoes() {
        for (String s : List.of("-0.0325", "0.0064", "1.2345", "-12.5", "3", "0", "-0.0000", "1e-5", "2.5E3", "0.30000001")) {
            assertEquals(Float.parseFloat(s), TransitionParser.decimal(s), s);
        }
        assertThrows(NumberFormatException.class, () -> TransitionParser.decimal("x1"));
    }

    @Test
    void aTruncatedModelFailsNamingTheFile(@TempDir Path dir) throws IOException {
        Path model = dir.resolve("broken.txt");
        Files.writeString(model, "dict=3\npos=3\nlabel=2\nembeddingSize=2\nhiddenSize=2\nnumTokens=48\npreComputed=0\n-UNKNOWN- 0.1 0.2\n");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> TransitionParser.load(model.toString(), 10));
        assertTrue(e.getMessage().contains("broken.txt") && e.getMessage().contains("ends early"), e.getMessage());
    }

    private static List<String> dependencies(java.util.Collection<TypedDependency> deps) {
        return deps.stream().map(TypedDependency::toString).sorted().toList();
    }

    /** "word/TAG ..." as the tagged CoreMap the parser reads. */
    private static CoreMap sentence(String tagged) {
        List<CoreLabel> tokens = new ArrayList<>();
        for (String wt : tagged.split(" ")) {
            int slash = wt.lastIndexOf('/');
            CoreLabel l = new CoreLabel();
            l.setWord(wt.substring(0, slash));
            l.setValue(wt.substring(0, slash));
            l.setTag(wt.substring(slash + 1));
            l.setIndex(tokens.size() + 1);
            tokens.add(l);
        }
        CoreMap s = new Annotation(tagged);
        s.set(CoreAnnotations.TokensAnnotation.class, tokens);
        return s;
    }
}
