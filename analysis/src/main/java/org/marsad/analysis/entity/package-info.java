/**
 * Who an article speaks of: the knowledge of known names (countries from CLDR, actors from data files) and the
 * taggers that find and link their mentions.
 */
package org.marsad.analysis.entity;
