package org.marsad.store;

import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.marsad.article.AnalyzedArticle;
import org.marsad.article.Entity;
import org.marsad.article.Event;

/**
 * The Lucene document of a stored article.
 *
 * <p>Fields:
 * <ul>
 *   <li>{@code id} (exact term, doc values) and {@code seq} (point, doc values): the article's store id and its
 *       place in the order of storing, which reconciliation with the database compares;</li>
 *   <li>{@code title} and {@code body}: analysed by {@link SearchAnalyzer} (exact form and stem at each position);
 *       the body is the only stored field, for snippets, and its postings carry offsets, so that snippets are cut
 *       without analysing the text again; the title is in doc values for display;</li>
 *   <li>{@code author}: the byline, analysed alike, searched only when a query names the field;</li>
 *   <li>{@code source} (term and doc values: a filter, a facet and for display) and {@code published} (doc values,
 *       for display);</li>
 *   <li>{@code day}: the publication day (epoch day) as point and doc values, for --from/--to and sorting;</li>
 *   <li>{@code entity}, {@code country}, {@code type}, {@code month}: filter terms and facet doc values: the keys of
 *       the entities mentioned (at least one mention), their countries, the PLOVER types of the events, and the
 *       publication month {@code YYYY-MM}.</li>
 * </ul>
 */
final class IndexDocs {
    static final String ID = "id";
    static final String SEQ = "seq";
    static final String TITLE = ArabicQueryParser.TITLE;
    static final String BODY = ArabicQueryParser.BODY;
    static final String AUTHOR = ArabicQueryParser.AUTHOR;
    static final String SOURCE = "source";
    static final String PUBLISHED = "published";
    static final String DAY = "day";
    static final String ENTITY = "entity";
    static final String COUNTRY = "country";
    static final String TYPE = "type";
    static final String MONTH = "month";

    private static final FieldType BODY_TYPE = bodyType();

    private IndexDocs() {
    }

    static Document of(String id, long seq, AnalyzedArticle article) {
        Document doc = new Document();
        doc.add(new StringField(ID, id, Field.Store.NO));
        doc.add(new SortedDocValuesField(ID, new BytesRef(id)));
        doc.add(new LongPoint(SEQ, seq));
        doc.add(new NumericDocValuesField(SEQ, seq));
        if (article.title() != null) {
            doc.add(new TextField(TITLE, article.title(), Field.Store.NO));
            doc.add(new BinaryDocValuesField(TITLE, new BytesRef(article.title())));
        }
        doc.add(new Field(BODY, article.text(), BODY_TYPE));
        if (article.author() != null) {
            doc.add(new TextField(AUTHOR, article.author(), Field.Store.NO));
        }
        if (article.source().name() != null) {
            keyword(doc, SOURCE, article.source().name());
        }
        if (article.published() != null) {
            doc.add(new BinaryDocValuesField(PUBLISHED, new BytesRef(article.published())));
        }
        Published published = Published.of(article.published());
        if (published.day() != null) {
            int day = (int) published.day().toEpochDay();
            doc.add(new IntPoint(DAY, day));
            doc.add(new NumericDocValuesField(DAY, day));
            keyword(doc, MONTH, published.day().toString().substring(0, 7));
        }
        facts(doc, article);
        return doc;
    }

    private static void facts(Document doc, AnalyzedArticle article) {
        Set<String> entities = new LinkedHashSet<>();
        Set<String> countries = new LinkedHashSet<>();
        for (Entity e : article.entities()) {
            if (e.mentions().isEmpty()) {
                continue;
            }
            entities.add(EntityKeys.of(e));
            if (e.country() != null) {
                countries.add(e.country());
            }
        }
        Set<String> types = new LinkedHashSet<>();
        for (Event e : article.events()) {
            types.add(e.plover());
        }
        entities.forEach(v -> keyword(doc, ENTITY, v));
        countries.forEach(v -> keyword(doc, COUNTRY, v));
        types.forEach(v -> keyword(doc, TYPE, v));
    }

    private static void keyword(Document doc, String field, String value) {
        doc.add(new StringField(field, value, Field.Store.NO));
        doc.add(new SortedSetDocValuesField(field, new BytesRef(value)));
    }

    private static FieldType bodyType() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }
}
