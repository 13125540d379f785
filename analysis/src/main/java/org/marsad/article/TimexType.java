package org.marsad.article;

/** TIMEX3 types of a temporal expression. */
public enum TimexType { DATE, TIME, DURATION, SET }
