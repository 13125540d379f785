package org.marsad.analysis.event;

/**
 * A vocabulary form found in a word of the text.
 *
 * @param bare        whether the form is the lemma itself, uninflected
 * @param masculine   whether the form is a verb in the third person masculine singular
 * @param clitics     the {@link Clitics} flags the word carries around the form
 * @param stripLetters how many letters of conjunction and preposition stand before the form in the word
 */
record Hit(Sense sense, Aspect aspect, boolean bare, boolean masculine, int clitics, int stripLetters) {

    /** How many clitics stand before the form: conjunction, preposition, article, future. */
    int proclitics() {
        return Integer.bitCount(clitics & ~Clitics.PRONOUN);
    }

    boolean has(int clitic) {
        return (clitics & clitic) != 0;
    }
}
