package wirecoder.nlp;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** English is coded; other languages are named, never guessed from a few foreign names. */
class LanguageCheckTest {

    private static final LanguageCheck CHECK = LanguageCheck.load();

    @Test
    void otherLanguagesAreNamed() {
        assertEquals(Optional.of("Arabic"), CHECK.notEnglish("قالت الشرطة إنها اعتقلت خمسة رجال في كابول يوم الاثنين بعد هجوم على قاعدة عسكرية."));
        assertEquals(Optional.of("Chinese"), CHECK.notEnglish("警方周一在喀布尔逮捕了五名男子。"));
        assertEquals(Optional.of("Russian"), CHECK.notEnglish("Полиция в понедельник арестовала пятерых мужчин в Кабуле после нападения на рынок."));
        assertEquals(Optional.of("French"), CHECK.notEnglish("La police a arrêté cinq hommes à Kaboul lundi après une attaque contre une base "
                + "militaire dans la ville. Les suspects ont été conduits au commissariat central pour y être interrogés."));
        assertEquals(Optional.of("Spanish"), CHECK.notEnglish("La policía detuvo el lunes a cinco hombres en Kabul tras un ataque contra una base "
                + "militar de la ciudad. Los sospechosos fueron trasladados a la comisaría central para ser interrogados."));
        assertEquals(Optional.of("German"), CHECK.notEnglish("Die Polizei hat am Montag in Kabul fünf Männer festgenommen, nachdem ein "
                + "Stützpunkt der Armee angegriffen worden war. Die Verdächtigen wurden zur Vernehmung gebracht."));
    }

    @Test
    void englishIsNotFlaggedWhateverItNames() {
        assertEquals(Optional.empty(), CHECK.notEnglish("Police arrested five men."));
        assertEquals(Optional.empty(), CHECK.notEnglish("Hezbollah launched its assault on Jabhat Fateh al-Sham militants near Arsal and "
                + "Ras Baalbek on Friday, while Saraya Ahl al-Sham fighters withdrew towards Wadi Hmeid and Malahi al-Jarajir, "
                + "according to Al-Manar and the Lebanese army's Mudiriyat al-Tawjih."));
        assertEquals(Optional.empty(), CHECK.notEnglish("The protesters chanted \"الشعب يريد إسقاط النظام\" (the people want the fall of "
                + "the regime) as police fired tear gas in Tahrir Square on Friday, witnesses said, and dozens were arrested."));
        assertEquals(Optional.empty(), CHECK.notEnglish("Police arrested five men in Kabul on Monday. " + "a".repeat(200_000)));
    }
}
