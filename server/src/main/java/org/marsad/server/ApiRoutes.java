package org.marsad.server;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.marsad.article.AnalyzedArticle;
import org.marsad.article.Article;
import org.marsad.ingest.InputItem;
import org.marsad.json.ArticleJson;
import org.marsad.store.AddResult;
import org.marsad.store.EntityProfile;
import org.marsad.store.Store;

/**
 * The JSON API, every endpoint of which {@code openapi.json} describes.
 *
 * <p>Rules: reads are open; writes ({@code POST /api/articles}, {@code DELETE /api/articles/{id}}) need the bearer
 * token ({@link Auth}); articles
 * are {@code marsad/article@1} JSON written by {@link org.marsad.json.ArticleJson}; errors are
 * {@code {"status", "error", "message"}}; a store that refuses a request's values (an
 * {@link IllegalArgumentException}) gives a 400 with its message.
 */
final class ApiRoutes {
    static final String VERSION = "0.1.0";

    private final Store store;
    private final Analysis analysis;
    private final Auth auth;
    private final ServerConfig config;
    private final StaticFiles files;

    ApiRoutes(Store store, Analysis analysis, ServerConfig config, StaticFiles files) {
        this.store = store;
        this.analysis = analysis;
        this.auth = new Auth(config.token());
        this.config = config;
        this.files = files;
    }

    Router router() {
        return new Router()
                .add("GET", "/api/info", r -> info())
                .add("GET", "/api/stats", r -> Response.json(JsonOut.write(store.stats())))
                .add("GET", "/api/search", this::search)
                .add("GET", "/api/articles/{id}", this::article)
                .add("POST", "/api/articles", this::store)
                .add("DELETE", "/api/articles/{id}", this::delete)
                .add("GET", "/api/entities/{key}", this::entity)
                .add("GET", "/api/pairs/{a}/{b}", this::pair)
                .add("POST", "/api/analyze", this::analyze)
                .add("GET", "/api/openapi.json", r -> files.openApi());
    }

    private Response info() {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("name", "marsad");
        info.put("version", VERSION);
        info.put("writable", auth.enabled());
        info.put("fonts", files.fontsPresent());
        info.put("limits", config.limits());
        return Response.json(JsonOut.write(info));
    }

    private Response search(Request r) {
        return Response.json(JsonOut.write(storeCall(() -> store.search(SearchParams.parse(r, config.limits())))));
    }

    private Response article(Request r) {
        String id = r.pathParam("id");
        AnalyzedArticle article = storeCall(() -> store.article(id))
                .orElseThrow(() -> ApiException.notFound("no article with id '" + SearchParams.shorten(id) + "'"));
        return Response.json(ArticleJson.toJson(article, false));
    }

    private Response entity(Request r) {
        String key = r.pathParam("key");
        for (String candidate : EntityKeys.candidates(key)) {
            Optional<EntityProfile> profile = storeCall(() -> store.entity(candidate));
            if (profile.isPresent()) {
                return Response.json(JsonOut.write(profile.get()));
            }
        }
        throw ApiException.notFound("no entity with key '" + SearchParams.shorten(key) + "'");
    }

    private Response pair(Request r) {
        String a = SearchParams.country(r.pathParam("a"));
        String b = SearchParams.country(r.pathParam("b"));
        if (a.equals(b)) {
            throw ApiException.badRequest("a pair needs two different countries, got " + a + " twice");
        }
        return Response.json(JsonOut.write(storeCall(() -> store.pair(a, b))));
    }

    private Response analyze(Request r) {
        ArticleInput.Parsed parsed = ArticleInput.read(r);
        AnalyzedArticle analyzed = analysis.analyze(parsed.articles().getFirst());
        return Response.json(ArticleJson.toJson(analyzed, false))
                .with("Marsad-Articles", Integer.toString(parsed.articles().size()));
    }

    private Response store(Request r) {
        auth.requireWriter(r);
        ArticleInput.Parsed parsed = ArticleInput.read(r);
        List<AnalyzedArticle> batch = new ArrayList<>();
        for (Article article : parsed.articles()) {
            batch.add(analysis.analyze(article));
        }
        AddResult added = storeCall(() -> store.add(batch));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("added", added.added());
        body.put("duplicates", added.duplicates());
        body.put("ids", batch.stream().map(AnalyzedArticle::id).toList());
        body.put("problems", parsed.problems().stream().map(InputItem.Failed::toString).toList());
        return Response.json(201, JsonOut.write(body));
    }

    private Response delete(Request r) {
        auth.requireWriter(r);
        String id = r.pathParam("id");
        if (!storeCall(() -> store.delete(id))) {
            throw ApiException.notFound("no article with id '" + SearchParams.shorten(id) + "'");
        }
        return Response.json(JsonOut.write(Map.of("deleted", id)));
    }

    /** Runs a store call, turning the store's refusal of a value into a 400. */
    private static <T> T storeCall(java.util.function.Supplier<T> call) {
        try {
            return call.get();
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
    }
}
