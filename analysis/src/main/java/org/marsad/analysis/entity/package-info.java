/**
 * Who an article speaks of: the index of known names ({@link org.marsad.analysis.entity.NameIndex}: actors,
 * nationality adjectives, metonyms), the countries of CLDR, the rules that find and link mentions
 * ({@link org.marsad.analysis.entity.EntityTagger}), the actor phrases of sectors
 * ({@link org.marsad.analysis.entity.SectorPhrases}) and the transliteration of unknown names.
 */
package org.marsad.analysis.entity;
