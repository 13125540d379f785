package org.marsad.analysis.time;

/** Singular, dual or plural form of a unit word; a dual counts two by itself ("شهرين" = P2M). */
enum GrammaticalNumber { SINGULAR, DUAL, PLURAL }
