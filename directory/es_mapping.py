"""Index settings and mappings of the Elasticsearch store.

English analysis (stemming, stop words) for the text fields, with the practitioners' glossary
as search-time synonyms (`synonym_graph`, so multi-word expansions such as "DV => domestic
violence" work in phrases); keyword fields for filters and facets; ages as an integer range;
`geo_point` for the published locations; a 384-dimension cosine `dense_vector` for the
sentence embedding.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

DIMENSIONS = 384
_STORED_ONLY = {"type": "keyword", "index": False, "doc_values": False}


def synonym_rules(terms: dict[str, str]) -> list[str]:
    """Solr-format synonym rules from abbreviation -> expansion pairs."""
    rules = []
    for short, long in sorted(terms.items()):
        left = short.strip().lower().replace(",", " ")
        right = long.strip().lower().replace(",", " ")
        if left and right and left != right and "=>" not in left + right:
            rules.append(f"{left} => {left}, {right}")
    return rules


#: The field of the words a listing is matched on (see `matching.lexical.document_terms`).
MATCH_TERMS = "match_terms"


def service_mapping(
    synonyms: Sequence[str], shards: int = 1, replicas: int = 0
) -> tuple[dict[str, Any], dict[str, Any]]:
    """Settings and mappings of a services index."""
    search_filters = ["lowercase", "english_possessive", "english_stop"]
    if synonyms:
        search_filters.append("glossary")
    search_filters.append("english_stemmer")
    settings: dict[str, Any] = {
        "number_of_shards": shards,
        "number_of_replicas": replicas,
        "analysis": {
            "filter": {
                "english_possessive": {"type": "stemmer", "language": "possessive_english"},
                "english_stop": {"type": "stop", "stopwords": "_english_"},
                "english_stemmer": {"type": "stemmer", "language": "english"},
                **(
                    {"glossary": {"type": "synonym_graph", "synonyms": list(synonyms)}}
                    if synonyms
                    else {}
                ),
            },
            "analyzer": {
                "english_text": {
                    "tokenizer": "standard",
                    "filter": [
                        "lowercase",
                        "english_possessive",
                        "english_stop",
                        "english_stemmer",
                    ],
                },
                "english_search": {"tokenizer": "standard", "filter": search_filters},
            },
        },
    }
    text = {"type": "text", "analyzer": "english_text", "search_analyzer": "english_search"}
    keyword = {"type": "keyword"}
    mappings: dict[str, Any] = {
        "dynamic": "strict",
        "properties": {
            "id": keyword,
            "name": text,
            "name_key": keyword,
            "description": text,
            "organization": text,
            "categories": text,
            # The listing's words as the matcher weighs them (matching.lexical), so the
            # matcher's BM25 is the same on both backends.
            MATCH_TERMS: {"type": "text", "analyzer": "whitespace"},
            "category_ids": keyword,
            "status": keyword,
            "ages": {"type": "integer_range"},
            "minimum_age": {"type": "integer"},
            "maximum_age": {"type": "integer"},
            "free": keyword,
            "languages": keyword,
            "flags": keyword,
            "area_codes": keyword,
            "area_points": {"type": "geo_point"},
            "place_points": {"type": "geo_point"},
            "area_shape": {"type": "boolean"},
            "la_codes": keyword,
            "locations": {"type": "geo_point"},
            "modified": keyword,
            "source_name": keyword,
            "match_facets": keyword,
            "content_hash": _STORED_ONLY,
            "text_hash": _STORED_ONLY,
            "summary_json": _STORED_ONLY,
            "record_json": _STORED_ONLY,
            "source_json": _STORED_ONLY,
            "updated_at": _STORED_ONLY,
            "embedding": {
                "type": "dense_vector",
                "dims": DIMENSIONS,
                "index": True,
                "similarity": "cosine",
            },
        },
    }
    return settings, mappings


def taxonomy_mapping() -> dict[str, Any]:
    return {
        "properties": {
            "kind": {"type": "keyword"},
            "name_key": {"type": "keyword"},
            "record_json": _STORED_ONLY,
        }
    }
