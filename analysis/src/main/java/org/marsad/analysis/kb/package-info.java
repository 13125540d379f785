/**
 * The knowledge base of actors: its file layout ({@link org.marsad.analysis.kb.ActorFile}), the shipped and
 * user files merged into one {@link org.marsad.analysis.kb.KnowledgeBase}, and the import of UniversalPetrarch's
 * Arabic actor dictionary ({@link org.marsad.analysis.kb.PetrarchActors}). See {@code docs/knowledge-base.md}.
 */
package org.marsad.analysis.kb;
