package org.marsad.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The web app's files, read from the class path ({@code org/marsad/server/web/}) and kept in memory.
 *
 * <p>Rules:
 * <ul>
 *   <li>{@code /} and the app's own paths ({@code /search}, {@code /article/…}, {@code /entity/…},
 *       {@code /pair/…}, {@code /analyze}) all get {@code index.html}: the app routes in the browser.</li>
 *   <li>{@code /assets/PATH} is the file at PATH; {@code /assets/vendor/chart.umd.js} is Chart.js from its
 *       WebJar. A segment starting with a dot is refused, so nothing outside the folder can be named.</li>
 *   <li>Content types carry {@code charset=utf-8} for text; every file has an ETag (a digest of its bytes) and
 *       {@code If-None-Match} gets a 304. Fonts and vendor files may be cached a day; the app's own files are
 *       revalidated on each load ({@code no-cache}), so an upgrade shows at once.</li>
 *   <li>The fonts come from the npm registry at build time; when the jar was built without them the app still
 *       works with the system's fonts and {@code /api/info} says {@code "fonts": false}.</li>
 * </ul>
 */
final class StaticFiles {
    static final String WEB = "org/marsad/server/web/";
    static final String FONT_PROBE = "fonts/noto-naskh-arabic-arabic-400-normal.woff2";
    private static final String OPENAPI = "org/marsad/server/openapi.json";
    private static final String CHARTJS_POM = "META-INF/maven/org.webjars.npm/chart.js/pom.properties";
    private static final Set<String> APP_PATHS = Set.of("search", "article", "entity", "pair", "analyze");
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("mjs", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json; charset=utf-8"), Map.entry("map", "application/json; charset=utf-8"),
            Map.entry("svg", "image/svg+xml; charset=utf-8"), Map.entry("png", "image/png"),
            Map.entry("ico", "image/x-icon"), Map.entry("woff2", "font/woff2"), Map.entry("woff", "font/woff"),
            Map.entry("txt", "text/plain; charset=utf-8"));

    /** One file with what its response needs. */
    record Asset(byte[] bytes, String contentType, String etag, String cacheControl) {
    }

    private final ClassLoader loader;
    private final String chartJs;
    private final Map<String, Optional<Asset>> cache = new ConcurrentHashMap<>();

    StaticFiles() {
        this.loader = StaticFiles.class.getClassLoader();
        this.chartJs = chartJsPath();
    }

    boolean fontsPresent() {
        return asset(WEB + FONT_PROBE).isPresent();
    }

    boolean chartPresent() {
        return chartJs != null && asset(chartJs).isPresent();
    }

    Response openApi() {
        return respond(asset(OPENAPI).orElseThrow(() -> new IllegalStateException(OPENAPI + " is missing from the jar")), null);
    }

    /** The file a GET of {@code segments} asks for; a 404 when there is none. */
    Response serve(Request request) {
        List<String> segments = request.segments();
        String resource = resource(segments);
        Asset asset = asset(resource).orElseThrow(
                () -> ApiException.notFound("no file at /" + String.join("/", segments)));
        return respond(asset, request.header("If-None-Match"));
    }

    private String resource(List<String> segments) {
        if (segments.isEmpty() || APP_PATHS.contains(segments.getFirst())) {
            return WEB + "index.html";
        }
        if (!segments.getFirst().equals("assets") || segments.size() < 2) {
            throw ApiException.notFound("no file at /" + String.join("/", segments));
        }
        List<String> rest = segments.subList(1, segments.size());
        for (String s : rest) {
            if (s.startsWith(".") || s.contains("\\") || s.contains("/")) {
                throw ApiException.notFound("no file at /assets/" + String.join("/", rest));
            }
        }
        String path = String.join("/", rest);
        return path.equals("vendor/chart.umd.js") && chartJs != null ? chartJs : WEB + path;
    }

    private static Response respond(Asset asset, String ifNoneMatch) {
        Map<String, String> headers = Map.of("ETag", asset.etag(), "Cache-Control", asset.cacheControl());
        if (asset.etag().equals(ifNoneMatch)) {
            return new Response(304, asset.contentType(), new byte[0], headers);
        }
        return new Response(200, asset.contentType(), asset.bytes(), headers);
    }

    private Optional<Asset> asset(String resource) {
        return cache.computeIfAbsent(resource, this::load);
    }

    private Optional<Asset> load(String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            byte[] bytes = in.readAllBytes();
            return Optional.of(new Asset(bytes, contentType(resource), etag(bytes), cacheControl(resource)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    static String contentType(String resource) {
        int dot = resource.lastIndexOf('.');
        String ext = dot < 0 ? "" : resource.substring(dot + 1);
        return TYPES.getOrDefault(ext, resource.endsWith("LICENSE") ? "text/plain; charset=utf-8" : "application/octet-stream");
    }

    private static String cacheControl(String resource) {
        boolean stable = resource.startsWith(WEB + "fonts/") || resource.startsWith("META-INF/resources/webjars/");
        return stable ? "public, max-age=86400" : "no-cache";
    }

    private static String etag(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    private String chartJsPath() {
        try (InputStream in = loader.getResourceAsStream(CHARTJS_POM)) {
            if (in == null) {
                return null;
            }
            Properties p = new Properties();
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            return "META-INF/resources/webjars/chart.js/" + p.getProperty("version") + "/dist/chart.umd.js";
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + CHARTJS_POM, e);
        }
    }
}
