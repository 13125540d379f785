package org.marsad.analysis.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class NameTransliteratorTest {

    @Test
    void capitalizesEachWordAndKeepsSurnameEndings() {
        assertEquals("Qasm Jumart Tukayev", NameTransliterator.toLatin("قاسم جومارت توكاييف"));
        assertEquals("Timur Lafrov", NameTransliterator.toLatin("تيمور لافروف"));
    }

    @Test
    void writesTheArticleAsAlHyphen() {
        assertEquals("Al-Ighur", NameTransliterator.toLatin("الإيغور"));
        assertEquals("Nuri al-Malki", NameTransliterator.toLatin("نوري المالكي"));
    }

    @Test
    void usesListedSpellingsOfCommonNameWords() {
        assertEquals("Muhammad bin Salman", NameTransliterator.toLatin("محمد بن سلمان"));
        assertEquals("Abd al-Rhmn", NameTransliterator.toLatin("عبدالرحمن"));
    }

    @Test
    void ignoresDiacriticsAndKeepsDigits() {
        assertEquals("Arbi21", NameTransliterator.toLatin("عَرَبي21"));
    }

    @Test
    void passesOtherScriptsThroughIcu() {
        assertEquals("Moskva", NameTransliterator.toLatin("Москва"));
        assertNull(NameTransliterator.toLatin(null));
    }
}
