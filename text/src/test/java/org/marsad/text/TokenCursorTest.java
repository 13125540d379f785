package org.marsad.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenCursorTest {

    @Test
    void yieldsTheTokensOfTokenize() {
        String text = "أعلنت الحكومة، اليوم، خطة بقيمة 3,5 مليار دولار.";
        TokenCursor cursor = Tokenizer.cursor(text);
        List<Token> read = new ArrayList<>();
        while (cursor.next()) {
            read.add(new Token(cursor.start(), cursor.end(), cursor.type()));
        }
        assertEquals(Tokenizer.tokenize(text), read);
    }

    @Test
    void staysExhaustedAfterLastToken() {
        TokenCursor cursor = Tokenizer.cursor("خبر");
        cursor.next();
        assertFalse(cursor.next());
        assertFalse(cursor.next());
    }

    @Test
    void rejectsReadingBeforeFirstNext() {
        TokenCursor cursor = Tokenizer.cursor("خبر");
        IllegalStateException e = assertThrows(IllegalStateException.class, cursor::start);
        assertEquals("no current token: next() has not returned true", e.getMessage());
    }

    @Test
    void rejectsReadingAfterExhaustion() {
        TokenCursor cursor = Tokenizer.cursor("خبر");
        cursor.next();
        cursor.next();
        assertThrows(IllegalStateException.class, cursor::type);
    }
}
