/**
 * The embedded store: analysed articles kept in a data directory, a Lucene index for the text and a DuckDB
 * database for the facts, and the questions an analyst asks of them. {@link org.marsad.store.Store} is the API
 * the CLI and the HTTP server share.
 */
package org.marsad.store;
