/** Within-document coreference: linking later, shorter or common-noun mentions to the entity they refer to. */
package org.marsad.analysis.coref;
