/**
 * Statistical named-entity tagging for Arabic news, trained on ANERcorp. {@link org.marsad.analysis.ner.NerTagger}
 * gives words BIO labels over the types PERS, LOC, ORG and MISC with a linear-chain CRF (first-order Viterbi with
 * BIO constraints) over hashed lexical, clitic, affix, shape, context, gazetteer, trigger-word and word-class
 * features; {@link org.marsad.analysis.ner.NerTrainer} trains it reproducibly from
 * {@link org.marsad.analysis.ner.TrainingData} its caller read, {@link org.marsad.analysis.ner.ConllReader} parses
 * {@code token TAG} text and {@link org.marsad.analysis.ner.NerEvaluation} scores entities as conlleval does. Pure:
 * JDK and the text module only, no file read or written (the CLI's {@code TrainingFiles} does that); the shipped
 * model is read from the class path.
 */
package org.marsad.analysis.ner;
