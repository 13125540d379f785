package org.marsad.article;

/** What kind of thing an entity is. GPE is a country or other polity; LOC a place without government. */
public enum EntityType { PERSON, ORG, GPE, LOC, GROUP, MISC }
