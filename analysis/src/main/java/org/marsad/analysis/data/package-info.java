/**
 * Reading Marsad's knowledge files: the documented tab-separated layout that actors, country names and cue
 * lists share, with errors that name the file and line.
 */
package org.marsad.analysis.data;
