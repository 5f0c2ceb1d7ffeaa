package wirecoder.ontology;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import wirecoder.data.DataFileException;
import wirecoder.events.TriggerLexicon;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OntologyTest {

    private final Ontology ontology = Ontology.load();

    @Test
    void hasAllSixteenPloverTypesWithQuadClasses() {
        for (String t : Ontology.PLOVER_TYPES) assertTrue(ontology.isType(t), t);
        assertEquals(16, Ontology.PLOVER_TYPES.size());
        assertEquals(QuadClass.MATERIAL_CONFLICT, ontology.type("ASSAULT").quadClass());
        assertEquals(QuadClass.VERBAL_COOPERATION, ontology.type("CONSULT").quadClass());
        assertEquals("material_cooperation", ontology.type("RETREAT").quadClass().label());
    }

    @Test
    void knowsModesPerType() {
        assertTrue(ontology.isMode("RETREAT", "ceasefire"));
        assertTrue(ontology.isMode("ASSAULT", "abduct"));
        assertFalse(ontology.isMode("ASSAULT", "ceasefire"));
        assertFalse(ontology.isMode("NOT_A_TYPE", "x"));
    }

    @Test
    void knowsCameoCodesAndContexts() {
        assertEquals("Declare truce, ceasefire", ontology.cameoName("0871").orElseThrow());
        assertEquals("military", ontology.context("190").orElseThrow());
        assertTrue(ontology.cameoName("999").isEmpty());
    }

    @Test
    void theBundledLexiconValidates() {
        TriggerLexicon lex = TriggerLexicon.load(ontology);
        assertTrue(lex != null);
    }

    @Test
    void aLexiconRowWithAnUnknownTypeModeOrCodeIsRejectedWithItsLine(@TempDir Path dir) throws Exception {
        String header = "lemma\tpos\tconstraint\ttype\tmode\tcameo\tneeds\n";
        Path badType = Files.writeString(dir.resolve("a.tsv"), header + "zap\tV\t\tFIGHT\t\t190\t\n");
        DataFileException e = assertThrows(DataFileException.class, () -> TriggerLexicon.load(ontology, List.of(badType)));
        assertTrue(e.getMessage().contains("a.tsv:2: not a PLOVER type: FIGHT"), e.getMessage());
        Path badMode = Files.writeString(dir.resolve("b.tsv"), header + "zap\tV\t\tASSAULT\tceasefire\t190\t\n");
        e = assertThrows(DataFileException.class, () -> TriggerLexicon.load(ontology, List.of(badMode)));
        assertTrue(e.getMessage().contains("mode 'ceasefire' is not a mode of ASSAULT"), e.getMessage());
        Path badCode = Files.writeString(dir.resolve("c.tsv"), header + "zap\tV\t\tASSAULT\t\t1999\t\n");
        e = assertThrows(DataFileException.class, () -> TriggerLexicon.load(ontology, List.of(badCode)));
        assertTrue(e.getMessage().contains("CAMEO code 1999"), e.getMessage());
        Path badConstraint = Files.writeString(dir.resolve("d.tsv"), header + "zap\tV\tfoo=bar\tASSAULT\t\t190\t\n");
        e = assertThrows(DataFileException.class, () -> TriggerLexicon.load(ontology, List.of(badConstraint)));
        assertTrue(e.getMessage().contains("unknown constraint 'foo'"), e.getMessage());
    }
}
