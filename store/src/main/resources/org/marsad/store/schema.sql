-- The facts database of a Marsad data directory (facts.duckdb), schema version 1.
--
-- One row of `articles` per stored article; every other table hangs off an article by its `article` column
-- (= articles.id). Offsets are half-open ranges of UTF-16 code units into articles.text, as in the
-- marsad/article@1 JSON (docs/analysis-json.md); the in-article ids (e1, d1, q1, v1) are the JSON's.
-- Entity keys join the same entity across articles: the knowledge-base id when there is one ("KAZ",
-- "NATO"), else TYPE:normalized name ("PERSON:دوسيم ساتبايف").
-- docs/store.md documents every column; this file is the schema the store creates.
-- Statements are separated by lines holding only ";;".

CREATE TABLE IF NOT EXISTS meta (
    key   VARCHAR PRIMARY KEY,   -- 'schema' (this file's version), 'created'
    value VARCHAR NOT NULL
);;

CREATE TABLE IF NOT EXISTS articles (
    id           VARCHAR NOT NULL,  -- the store's id: the analysis id, else the first 16 hex digits of hash
    seq          BIGINT  NOT NULL,  -- 1, 2, 3... in the order articles were stored; Lucene records the last it holds
    hash         VARCHAR NOT NULL,  -- content hash: SHA-256 of source name, URL, title, published and text
    analysis_id  VARCHAR NOT NULL,  -- the id the analysis gave (differs from id when another article held it)
    origin       VARCHAR,           -- where it was read: path, path#N, URL#N or -
    source       VARCHAR,           -- the publisher's name
    url          VARCHAR,           -- the article's URL
    publisher    VARCHAR,           -- the publisher's entity key
    published    VARCHAR,           -- ISO-8601 date or date-time as the input gave it
    published_at TIMESTAMPTZ,       -- the same instant (a bare date is midnight UTC)
    day          DATE,              -- the publication day as written
    title        VARCHAR,
    language     VARCHAR NOT NULL,  -- BCP-47: ar or und
    text         VARCHAR USING COMPRESSION zstd NOT NULL,  -- the cleaned body every offset points into
    sentences    INTEGER[] NOT NULL, -- sentence spans, flattened: [start1, end1, start2, end2, ...]
    story        VARCHAR NOT NULL,  -- the story: id of the story's first stored article (see the stories view)
    minhash      BLOB,              -- MinHash signature of the text's word 3-shingles, null when too short
    record       VARCHAR USING COMPRESSION zstd NOT NULL, -- the marsad/article@1 JSON without text and sentences (above)
    stored_at    TIMESTAMPTZ NOT NULL
);;

CREATE TABLE IF NOT EXISTS entities (
    article    VARCHAR NOT NULL,
    id         VARCHAR NOT NULL,    -- e1, e2... within the article
    key        VARCHAR NOT NULL,    -- the entity key across articles
    type       VARCHAR NOT NULL,    -- PERSON, ORG, GPE, LOC, GROUP, MISC
    name       VARCHAR NOT NULL,    -- canonical Arabic name
    name_en    VARCHAR,
    kb         VARCHAR,             -- knowledge-base id
    country    VARCHAR,             -- ISO 3166-1 alpha-3
    subtype    VARCHAR,             -- country, media, igo, city...
    roles      VARCHAR[] NOT NULL,
    confidence DOUBLE NOT NULL,
    mentions   INTEGER NOT NULL     -- how many mentions in the article (0 for a publisher named only in metadata)
);;

CREATE TABLE IF NOT EXISTS mentions (
    article    VARCHAR NOT NULL,
    entity     VARCHAR NOT NULL,    -- entities.id within the article
    key        VARCHAR NOT NULL,    -- the entity key, repeated for easy joins
    span_start INTEGER NOT NULL,
    span_end   INTEGER NOT NULL,
    text       VARCHAR NOT NULL,
    kind       VARCHAR NOT NULL     -- name, nominal, adjective, metonym, pronoun
);;

CREATE TABLE IF NOT EXISTS events (
    article        VARCHAR NOT NULL,
    id             VARCHAR NOT NULL, -- v1, v2...
    day            DATE,             -- the article's publication day
    plover         VARCHAR NOT NULL,
    cameo          VARCHAR NOT NULL,
    goldstein      DOUBLE NOT NULL,
    source_entity  VARCHAR,          -- entities.id within the article
    source_key     VARCHAR,          -- entity key, else the actor's country code
    source_country VARCHAR,          -- the actor's country, else its entity's
    source_sector  VARCHAR,
    source_text    VARCHAR,
    target_entity  VARCHAR,
    target_key     VARCHAR,
    target_country VARCHAR,
    target_sector  VARCHAR,
    target_text    VARCHAR,
    trigger_start  INTEGER NOT NULL,
    trigger_end    INTEGER NOT NULL,
    trigger        VARCHAR NOT NULL,
    sentence       INTEGER NOT NULL,
    date           VARCHAR,          -- dates.id within the article
    date_value     VARCHAR,          -- its TIMEX3 value
    reported_by    VARCHAR,          -- entity key of who the text attributes the claim to
    mode           VARCHAR NOT NULL, -- asserted, planned, negated, hypothetical, denied
    confidence     DOUBLE NOT NULL
);;

CREATE TABLE IF NOT EXISTS quotes (
    article      VARCHAR NOT NULL,
    id           VARCHAR NOT NULL,   -- q1, q2...
    span_start   INTEGER NOT NULL,
    span_end     INTEGER NOT NULL,
    text         VARCHAR USING COMPRESSION zstd NOT NULL,
    direct       BOOLEAN NOT NULL,
    cue          VARCHAR,
    speaker      VARCHAR,            -- entities.id within the article
    speaker_key  VARCHAR,            -- the speaker's entity key
    speaker_text VARCHAR,
    confidence   DOUBLE NOT NULL
);;

CREATE TABLE IF NOT EXISTS dates (
    article    VARCHAR NOT NULL,
    id         VARCHAR NOT NULL,     -- d1, d2...
    span_start INTEGER NOT NULL,
    span_end   INTEGER NOT NULL,
    text       VARCHAR NOT NULL,
    type       VARCHAR NOT NULL,     -- DATE, TIME, DURATION, SET
    value      VARCHAR NOT NULL,     -- TIMEX3 value
    mod        VARCHAR,
    anchored   BOOLEAN NOT NULL
);;

CREATE TABLE IF NOT EXISTS provenance (
    article  VARCHAR NOT NULL,
    position INTEGER NOT NULL,       -- 1 for the nearest cited source, 2 for the source it cites...
    entity   VARCHAR NOT NULL,       -- entities.id within the article
    key      VARCHAR,                -- its entity key
    cue      VARCHAR                 -- the words that cite it
);;

CREATE TABLE IF NOT EXISTS ingested (
    input_key   VARCHAR NOT NULL,    -- SHA-256 of an input as read, before analysis
    article     VARCHAR NOT NULL,    -- the stored article it gave (or duplicated)
    origin      VARCHAR,
    ingested_at TIMESTAMPTZ NOT NULL
);;

CREATE OR REPLACE VIEW stories AS
SELECT story,
       count(*)                                              AS articles,
       first(id ORDER BY published_at NULLS LAST, seq)       AS origin,
       min(day)                                              AS first_day,
       max(day)                                              AS last_day,
       count(DISTINCT source)                                AS sources
FROM articles
GROUP BY story;;
