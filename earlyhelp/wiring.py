"""Build the service's collaborators from its settings."""

from __future__ import annotations

from datetime import timedelta

from elasticsearch import Elasticsearch

import appdb
from appdb import AppDatabase
from directory.editing import Editing
from directory.edits import ListingEdits
from directory.es_mapping import synonym_rules
from directory.es_store import ElasticsearchServiceStore
from directory.geography import PostcodeDirectory
from directory.quality_log import QualityLog
from directory.sqlite_store import SQLiteServiceStore
from directory.store import ServiceStore, StoreError
from earlyhelp.settings import Settings
from feedback.mailer import SmtpMailer
from feedback.service import Feedback, app_secret
from feedback.store import FeedbackStore
from ingest.importer import Importer, ImportProgress
from matching.crisis import CrisisLines
from matching.eligibility import EligibilityReader
from matching.embedding import CachedEmbedder, Embedder, HashingEmbedder, MiniLMEmbedder
from matching.engine import Matcher, Weights
from matching.glossary import Glossary
from matching.languages import language_codes
from matching.listing_reader import ListingReader
from matching.onnx_embedding import MiniLMInt8Embedder
from matching.search_candidates import facets_for, search_categories, search_matcher
from matching.training import heads_for

ES_TIMEOUT = 10.0
#: The relevance below which a service is not suitable, calibrated for each embedder (the
#: lexical stand-in's similarities run lower than the model's).
THRESHOLDS = {MiniLMEmbedder.name: 0.35, HashingEmbedder.name: 0.2}


def open_app_database(settings: Settings) -> AppDatabase:
    """The application's own records: in PostgreSQL at EARLYHELP_DATABASE_URL when it is set,
    otherwise in the SQLite file EARLYHELP_DB. One per process, given to every store of them.
    Raises appdb.DatabaseError (saying which database and why) when it cannot be opened."""
    return appdb.open_app_database(
        settings.db_path, settings.database_url, settings.database_pool_size
    )


def open_store(settings: Settings) -> ServiceStore:
    """The store the settings name. Raises StoreError when it cannot be opened or reached."""
    if settings.backend == "elasticsearch":
        return open_search_store(settings)
    return SQLiteServiceStore(settings.db_path)


def open_search_store(settings: Settings) -> ElasticsearchServiceStore:
    """The Elasticsearch store at EARLYHELP_ES_URL; StoreError (saying which URL and what to
    do) when it does not answer."""
    security: dict[str, str] = {}
    if settings.es_api_key:
        security["api_key"] = settings.es_api_key
    if settings.es_ca_certs:
        security["ca_certs"] = str(settings.es_ca_certs)
    try:
        client = Elasticsearch(
            settings.es_url,
            request_timeout=ES_TIMEOUT,
            max_retries=2,
            retry_on_timeout=True,
            **security,  # type: ignore[arg-type]
        )
    except ValueError as error:
        raise StoreError(f"EARLYHELP_ES_URL={settings.es_url!r} is not usable: {error}") from None
    glossary = Glossary.load()
    try:
        return ElasticsearchServiceStore(
            client,
            settings.es_index,
            synonyms=synonym_rules(glossary.terms),
            url_for_messages=f"Elasticsearch at {settings.es_url}",
            facets=facets_for(glossary),
            shards=settings.es_shards,
            replicas=settings.es_replicas,
        )
    except StoreError as error:
        client.close()
        raise StoreError(
            f"{error}. Start it, or set EARLYHELP_ES_URL to a running cluster "
            "(EARLYHELP_BACKEND=sqlite uses the embedded store instead)"
        ) from None


def make_embedder(settings: Settings) -> Embedder:
    """The embedder the settings name; the real model loads on first use."""
    if settings.embedder == "hashing":
        return HashingEmbedder()
    if settings.embedder == "minilm-torch":
        return MiniLMEmbedder()
    return MiniLMInt8Embedder()


def make_listing_reader(embedder: Embedder) -> ListingReader:
    """Reads who listings are for, with the heads trained for this embedder."""
    names = language_codes()
    return ListingReader(embedder, heads_for(embedder), names)


def make_importer(
    settings: Settings,
    database: AppDatabase,
    store: ServiceStore,
    postcodes: PostcodeDirectory,
    progress: ImportProgress | None = None,
) -> Importer:
    """An importer into the store: editors' values laid over each record, and who each
    listing is for read from its prose."""
    embedder = make_embedder(settings)
    return Importer(
        store,
        embedder,
        postcodes,
        progress=progress,
        overrides=ListingEdits(database),
        reader=make_listing_reader(embedder),
    )


def make_matcher(
    settings: Settings,
    store: ServiceStore,
    postcodes: PostcodeDirectory,
    embedder: Embedder | None = None,
) -> Matcher:
    """The matcher over a store, with the embedder given (or the one the settings name),
    remembering recent queries, and the configured crisis lines. On Elasticsearch the engine
    filters and retrieves each request's candidates."""
    cached = CachedEmbedder(embedder or make_embedder(settings))
    crisis = CrisisLines.load(settings.crisis_lines)
    weights = Weights(threshold=THRESHOLDS.get(cached.name, Weights.threshold))
    if isinstance(store, ElasticsearchServiceStore):
        return search_matcher(
            store, cached, postcodes, Glossary.load(), weights, crisis_lines=crisis
        )
    return Matcher(store, cached, postcodes, weights=weights, crisis_lines=crisis)


def make_feedback(
    settings: Settings, database: AppDatabase, store: ServiceStore, matcher: Matcher
) -> Feedback:
    """The feedback workflow: its records in the application database, letters sent by
    SMTP."""
    mailer = SmtpMailer(
        settings.smtp_host,
        settings.smtp_port,
        settings.mail_from,
        settings.smtp_starttls,
        settings.smtp_username,
        settings.smtp_password,
    )
    return Feedback(
        FeedbackStore(database),
        store,
        matcher,
        mailer,
        settings.policy,
        app_secret(database),
        settings.public_url,
        timedelta(days=settings.link_days),
        settings.feedback_days,
    )


def make_editing(
    settings: Settings,
    database: AppDatabase,
    store: ServiceStore,
    matcher: Matcher,
    postcodes: PostcodeDirectory,
    embedder: Embedder,
) -> Editing:
    """The editors' workspace: their changes in the application database, written through
    an importer that embeds with the app's embedder (one model in memory, loaded once)."""
    edits = ListingEdits(database)
    codes = language_codes()
    return Editing(
        edits,
        Importer(store, embedder, postcodes, overrides=edits, reader=make_listing_reader(embedder)),
        EligibilityReader(Glossary.load(), codes),
        matcher,
        QualityLog(database),
        # On Elasticsearch the categories are summed in the engine, never from an index of
        # the whole directory in memory.
        categories=(
            search_categories(store, embedder, Glossary.load())
            if isinstance(store, ElasticsearchServiceStore)
            else None
        ),
    )
