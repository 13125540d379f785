package org.marsad.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Lets through only SQL that reads the facts tables, checked on DuckDB's own parse tree
 * ({@code json_serialize_sql}).
 *
 * <p>Rules:
 * <ul>
 *   <li>exactly one statement, and a query: {@code SELECT}, {@code WITH … SELECT}, {@code FROM …}, {@code VALUES};
 *       {@code INSERT}, {@code UPDATE}, {@code DELETE}, {@code CREATE}, {@code DROP}, {@code ATTACH}, {@code COPY},
 *       {@code PRAGMA}, {@code SET}, {@code INSTALL}, {@code LOAD}, {@code EXPORT}, {@code CALL}… are refused;</li>
 *   <li>the tables it reads are the store's tables and views, its own common table expressions, or
 *       {@code information_schema}; a file named as a table ({@code FROM 'x.csv'}) is refused;</li>
 *   <li>table functions ({@code read_csv}, {@code read_parquet}, {@code glob}, {@code query}…) are refused: they
 *       reach files and settings outside the store;</li>
 *   <li>the error says which rule the statement broke.</li>
 * </ul>
 * The query then runs in a transaction that is rolled back, on a connection of the reader pool.
 */
final class SqlGuard {
    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final Set<String> ALLOWED_SCHEMAS = Set.of("", "main", "information_schema");

    private SqlGuard() {
    }

    /** Throws {@link IllegalArgumentException} naming the rule {@code sql} breaks; returns when it only reads. */
    static void check(Connection connection, String sql) throws SQLException {
        if (sql == null || sql.isBlank()) {
            throw new IllegalArgumentException("SQL must be a SELECT statement, got nothing");
        }
        Map<String, Object> tree = parse(serialize(connection, sql));
        if (Boolean.TRUE.equals(tree.get("error"))) {
            String message = String.valueOf(tree.get("error_message"));
            if (message.contains("Only SELECT")) {
                throw new IllegalArgumentException("only SELECT queries are allowed (the facts are read-only): "
                        + firstWord(sql) + " refused");
            }
            throw new IllegalArgumentException("SQL error: " + message);
        }
        List<?> statements = (List<?>) tree.get("statements");
        if (statements == null || statements.size() != 1) {
            throw new IllegalArgumentException("one SELECT statement at a time, got " + (statements == null ? 0 : statements.size()));
        }
        Set<String> ctes = new HashSet<>();
        collectCtes(statements.get(0), ctes);
        walk(statements.get(0), ctes);
    }

    private static String serialize(Connection connection, String sql) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("SELECT json_serialize_sql(CAST(? AS VARCHAR))")) {
            p.setString(1, sql);
            try (ResultSet r = p.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }

    private static void collectCtes(Object node, Set<String> ctes) {
        if (node instanceof Map<?, ?> map) {
            if (map.get("cte_map") instanceof Map<?, ?> cteMap && cteMap.get("map") instanceof List<?> entries) {
                for (Object entry : entries) {
                    if (entry instanceof Map<?, ?> e && e.get("key") instanceof String name) {
                        ctes.add(name.toLowerCase(Locale.ROOT));
                    }
                }
            }
            map.values().forEach(v -> collectCtes(v, ctes));
        } else if (node instanceof List<?> list) {
            list.forEach(v -> collectCtes(v, ctes));
        }
    }

    private static void walk(Object node, Set<String> ctes) {
        if (node instanceof Map<?, ?> map) {
            Object type = map.get("type");
            if ("TABLE_FUNCTION".equals(type)) {
                throw new IllegalArgumentException("table functions are not allowed: " + functionName(map) + "(...) refused");
            }
            if ("BASE_TABLE".equals(type)) {
                checkTable(map, ctes);
            }
            map.values().forEach(v -> walk(v, ctes));
        } else if (node instanceof List<?> list) {
            list.forEach(v -> walk(v, ctes));
        }
    }

    private static void checkTable(Map<?, ?> table, Set<String> ctes) {
        String name = String.valueOf(table.get("table_name")).toLowerCase(Locale.ROOT);
        String schema = String.valueOf(table.get("schema_name")).toLowerCase(Locale.ROOT);
        String catalog = String.valueOf(table.get("catalog_name")).toLowerCase(Locale.ROOT);
        if (!catalog.isEmpty() && !catalog.equals("facts") || !ALLOWED_SCHEMAS.contains(schema)) {
            throw new IllegalArgumentException("only the store's tables can be read: " + qualified(catalog, schema, name) + " refused");
        }
        boolean known = schema.equals("information_schema") || Database.TABLES.contains(name) || ctes.contains(name);
        if (!known) {
            throw new IllegalArgumentException("unknown table '" + table.get("table_name") + "': the tables are "
                    + String.join(", ", Database.TABLES));
        }
    }

    private static String qualified(String catalog, String schema, String name) {
        StringBuilder b = new StringBuilder();
        if (!catalog.isEmpty()) {
            b.append(catalog).append('.');
        }
        if (!schema.isEmpty()) {
            b.append(schema).append('.');
        }
        return b.append(name).toString();
    }

    private static String functionName(Map<?, ?> tableFunction) {
        return tableFunction.get("function") instanceof Map<?, ?> f ? String.valueOf(f.get("function_name")) : "?";
    }

    private static String firstWord(String sql) {
        String s = sql.strip();
        int end = 0;
        while (end < s.length() && Character.isLetter(s.charAt(end))) {
            end++;
        }
        return end == 0 ? "the statement" : s.substring(0, end).toUpperCase(Locale.ROOT);
    }

    private static Map<String, Object> parse(String json) {
        try (JsonParser p = JSON.createParser(json)) {
            p.nextToken();
            @SuppressWarnings("unchecked")
            Map<String, Object> tree = (Map<String, Object>) value(p);
            return tree;
        } catch (IOException e) {
            throw new IllegalStateException("DuckDB's parse tree is not JSON: " + e.getMessage(), e);
        }
    }

    private static Object value(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    map.put(name, value(p));
                }
                return map;
            }
            case START_ARRAY -> {
                List<Object> list = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    list.add(value(p));
                }
                return list;
            }
            case VALUE_STRING -> {
                return p.getText();
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return p.getBooleanValue();
            }
            case VALUE_NULL -> {
                return null;
            }
            default -> {
                return p.getText();
            }
        }
    }
}
