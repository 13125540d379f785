package org.marsad.store;

import java.util.List;

/** Rows of a SQL query, with column names; values are Java objects as JDBC gives them. */
public record TableResult(List<String> columns, List<List<Object>> rows) {
}
