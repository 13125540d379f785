/** Who reported an article from whom: the publisher, relayed outlets, wire datelines and original sources. */
package org.marsad.analysis.provenance;
