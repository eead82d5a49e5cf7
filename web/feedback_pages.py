"""The practitioner's feedback pages: record a decision, see why each service was suggested,
choose suggestions (for a need, or from a service's page), correct the details, preview and
send the letter (corrected after sending when needed), their own open decisions; the
referrer's acknowledgement."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from datetime import date
from typing import Any
from urllib.parse import quote

from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from directory.timestamps import utc_stamp
from feedback.checks import displayable, one_line, text_problem
from feedback.links import LinkError
from feedback.need_readings import (
    ABOUT_PHRASES,
    CONDITION_WORDS,
    DIAGNOSED_WORDS,
    ROLE_WORDS,
    ReadingChoice,
    category_choices,
    confirmed_words,
    describe,
    parse_choice,
)
from feedback.pdf import PdfError, render_pdf
from feedback.records import (
    CONSENT,
    DECISIONS,
    EDITABLE,
    SENDING,
    Decision,
    Suggestion,
    parse_decision,
)
from feedback.service import Feedback
from feedback.store import FeedbackError
from matching.finder import FindQuery
from staff.accounts import MANAGER, PRACTITIONER, Account
from web import csrf
from web.public import render
from web.staff_pages import require

TAKE_UP = {"yes": "Yes", "no": "No", "not-known": "Not known yet"}
#: The fields of the form that changes how a need was read.
READING_FIELDS = ("about", "role", "categories", "condition", "diagnosed")


def _feedback(request: Request) -> Feedback:
    found: Feedback | None = request.app.state.feedback
    if found is None:
        raise HTTPException(404, "There is no page at this address.")
    return found


async def _decision(request: Request) -> Decision:
    """The decision the address names by its public id; 404 for anything else (a number,
    an unknown id, garbled text), never an error of the server."""
    feedback = _feedback(request)
    decision = await run_in_threadpool(feedback.store.find, request.path_params["decision_id"])
    if decision is None:
        raise HTTPException(404, "There is no decision at this address.")
    return decision


def attachment(filename: str) -> str:
    """A Content-Disposition header for a download (RFC 6266): an ASCII `filename` for old
    clients and the name itself in `filename*` (UTF-8, percent-encoded, RFC 5987). Control
    characters, slashes and quotes never reach either."""
    name = re.sub(r'[/\\"]', "-", one_line(filename))
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    fallback = re.sub(r"[^A-Za-z0-9._-]+", "-", ascii_name).strip("-") or "download"
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{quote(name, safe='')}"


def _form_view(
    request: Request,
    account: Account,
    feedback: Feedback,
    values: dict[str, Any],
    errors: dict[str, str],
    decision: Decision | None = None,
) -> Response:
    """The decision's form: empty to record one, or filled in to correct `decision`."""
    return render(
        request,
        "staff/decision_new.html",
        {
            "account": account,
            "decision": decision,
            "values": values,
            "errors": errors,
            "error_list": [{"text": m, "href": f"#{f}"} for f, m in errors.items()],
            "decision_items": [
                {"value": k, "text": v, "checked": values.get("decision") == k}
                for k, v in DECISIONS.items()
            ],
            "consent_items": [
                {"value": k, "text": v, "checked": values.get("consent", "not-asked") == k}
                for k, v in CONSENT.items()
            ],
            "policy": feedback.policy,
        },
        400 if errors else 200,
    )


async def new_decision(request: Request) -> Response:
    account = await require(request, PRACTITIONER)
    feedback = _feedback(request)
    values: dict[str, Any] = {"decided_on": feedback.store.now().date().isoformat()}
    errors: dict[str, str] = {}
    if request.method == "POST":
        form = await csrf.checked_form(request)
        raw = {k: str(v) for k, v in form.items() if k != csrf.FIELD}
        parsed, errors = parse_decision(raw)
        values = {k: displayable(v) for k, v in raw.items()}  # shown back as typed
        if not errors:
            suggestions = await run_in_threadpool(feedback.propose, parsed)
            decision_id = await run_in_threadpool(
                feedback.store.create, parsed, account.username, suggestions
            )
            created = await run_in_threadpool(feedback.store.require, decision_id)
            return RedirectResponse(f"/staff/decisions/{created.public_id}", 303)
    return _form_view(request, account, feedback, values, errors)


def _typed_values(decision: Decision) -> dict[str, Any]:
    """A decision's details as the form shows them."""
    return {
        "reference": decision.reference,
        "referrer_name": decision.referrer_name,
        "referrer_role": decision.referrer_role,
        "referrer_organisation": decision.referrer_organisation,
        "referrer_email": decision.referrer_email,
        "decision": decision.decision,
        "decided_on": decision.decided_on.isoformat(),
        "reason": decision.reason,
        "needs": "\n".join(decision.needs),
        "child_ages": ", ".join(str(a) for a in decision.child_ages),
        "postcode": decision.postcode,
        "language": decision.language,
        "interpreter": "yes" if decision.interpreter else "",
        "consent": decision.consent,
    }


async def edit_decision(request: Request) -> Response:
    """Correct a decision's details: until the letter is sent, the draft changes; after,
    the decision is a draft again, to send a corrected letter. Every change is in the
    trail."""
    account = await require(request, PRACTITIONER)
    feedback = _feedback(request)
    decision = await _decision(request)
    if decision.status == SENDING:
        raise HTTPException(409, "The letter is being sent just now; reload the page in a minute.")
    values = _typed_values(decision)
    errors: dict[str, str] = {}
    if request.method == "POST":
        form = await csrf.checked_form(request)
        raw = {k: str(v) for k, v in form.items() if k != csrf.FIELD}
        parsed, errors = parse_decision(raw)
        values = {k: displayable(v) for k, v in raw.items()}
        if not errors:
            try:
                await run_in_threadpool(
                    feedback.correct_details, decision, parsed, account.username
                )
            except FeedbackError as error:
                raise HTTPException(409, str(error)) from None
            return RedirectResponse(f"/staff/decisions/{decision.public_id}", 303)
    return _form_view(request, account, feedback, values, errors, decision)


async def my_decisions(request: Request) -> Response:
    """The practitioner's own decisions not yet acknowledged, most recent first."""
    account = await require(request, PRACTITIONER)
    feedback = _feedback(request)
    mine = await run_in_threadpool(feedback.store.open_decisions_by, account.username)
    return render(
        request,
        "staff/my_decisions.html",
        {"account": account, "decisions": mine, "labels": DECISIONS},
    )


async def decision_page(request: Request) -> Response:
    account = await require(request, PRACTITIONER, MANAGER)
    decision = await _decision(request)
    store = _feedback(request).store
    await run_in_threadpool(store.record_view, decision.id, account.username, "viewed the decision")
    return await _decision_view(request, account, decision)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _need_view(
    number: int,
    need: str,
    reading: dict[str, Any] | None,
    outcome: dict[str, object] | None,
    typed: dict[str, Any] | None,
) -> dict[str, Any]:
    """What the page shows of need `number` (from 1): its text, how it was read in plain
    words, whether a local service was found, and its form's choices (as read, or as typed
    when the form came back with an error)."""
    recorded = outcome is not None and isinstance(outcome.get("reading"), dict)
    matched = outcome.get("matched") if outcome is not None else None
    view: dict[str, Any] = {
        "number": number,
        "text": need,
        "parts": describe(reading) if reading else [],
        "confirmed": confirmed_words(reading) if reading else "",
        "recorded": recorded,
        "matched": None if matched is None else bool(matched),
        "outside": bool(reading and reading.get("outside") is True),
        "open": typed is not None,
        "form": reading is not None,
    }
    if reading is None:
        return view
    chosen = ReadingChoice.of(reading)
    values: dict[str, Any] = {
        "about": chosen.about,
        "role": chosen.role,
        "categories": list(chosen.categories),
        "condition": chosen.condition,
        "diagnosed": chosen.diagnosed,
    }
    values |= typed or {}
    view["about_items"] = [
        {"value": k, "text": _capital(v), "selected": values["about"] == k}
        for k, v in ABOUT_PHRASES.items()
    ]
    view["role_items"] = [
        {"value": k, "text": _capital(v), "checked": values["role"] == k}
        for k, v in ROLE_WORDS.items()
    ]
    view["category_items"] = [
        {"value": name, "text": name, "checked": name in values["categories"]}
        for name in category_choices(reading)
    ]
    view["condition_items"] = [
        {"value": k, "text": _capital(v), "selected": values["condition"] == k}
        for k, v in CONDITION_WORDS.items()
    ]
    view["diagnosed_items"] = [
        {"value": k, "text": _capital(v), "checked": values["diagnosed"] == k}
        for k, v in DIAGNOSED_WORDS.items()
    ]
    return view


def _need_views(
    decision: Decision,
    readings: list[dict[str, Any] | None],
    typed: dict[int, dict[str, Any]],
) -> list[dict[str, Any]]:
    views = []
    for n, need in enumerate(decision.needs):
        outcomes = decision.need_outcomes
        outcome = outcomes[n] if n < len(outcomes) and outcomes[n].get("need") == need else None
        view = _need_view(n + 1, need, readings[n], outcome, typed.get(n + 1))
        view["services"] = [s.service_name for s in decision.suggestions if n in s.needs_met]
        views.append(view)
    return views


async def _decision_view(
    request: Request,
    account: Account,
    decision: Decision,
    errors: dict[str, str] | None = None,
    typed: dict[str, str] | None = None,
    reading_typed: dict[int, dict[str, Any]] | None = None,
) -> Response:
    """The decision page; with `errors` (by the id of the field in error) and what was
    `typed` there (`reading_typed`: in the form of a need, by its number), shown back with
    status 400."""
    feedback = _feedback(request)
    words = request.query_params.get("q", "").strip()[:200]
    for_need = request.query_params.get("need", "")
    need = int(for_need) if for_need.isascii() and for_need.isdigit() and len(for_need) <= 2 else 0
    need = need if 1 <= need <= len(decision.needs) else 0
    found = []
    if words:
        result = await run_in_threadpool(
            request.app.state.finder.find, FindQuery(text=words, postcode=decision.postcode or None)
        )
        chosen = {s.service_id for s in decision.suggestions}
        found = [item.service for item in result.items if item.service.id not in chosen]
    earlier = await run_in_threadpool(feedback.store.earlier, decision.reference, decision.id)
    audit = await run_in_threadpool(feedback.store.audit, decision.id)
    readings = await run_in_threadpool(feedback.readings, decision)
    errors = errors or {}
    return render(
        request,
        "staff/decision.html",
        {
            "account": account,
            "decision": decision,
            "editable": decision.status in EDITABLE,
            "decisions": DECISIONS,
            "consent": CONSENT,
            "words": words,
            "found": found,
            "search_need": need,
            "correction_of": _day(decision.corrects),
            "earlier": earlier,
            "audit": audit,
            "take_up": TAKE_UP,
            "errors": errors,
            "error_list": [{"text": m, "href": f"#{f}"} for f, m in errors.items()],
            "typed": typed or {},
            "needs": _need_views(decision, readings, reading_typed or {}),
        },
        400 if errors else 200,
    )


def _need_number(request: Request, decision: Decision) -> int:
    """The number (from 1) of the need the address names; 404 for anything else."""
    text = request.path_params["number"]
    if not text.isascii() or not text.isdigit() or len(text) > 2:
        raise HTTPException(404, "There is no such need in this decision.")
    number = int(text)
    if not 1 <= number <= len(decision.needs):
        raise HTTPException(404, "There is no such need in this decision.")
    return number


async def change_reading(request: Request) -> Response:
    """Save how a practitioner says a need should be read, and find suggestions again."""
    account = await require(request, PRACTITIONER)
    feedback = _feedback(request)
    form = await csrf.checked_form(request)
    decision = await _decision(request)
    number = _need_number(request, decision)
    if decision.status not in EDITABLE:
        raise HTTPException(409, "The letter has been sent; how its needs were read is kept.")
    submitted: dict[str, Any] = {
        name: [str(v) for v in form.getlist(name)]
        if name == "categories"
        else str(form.get(name, ""))
        for name in READING_FIELDS
    }
    readings = await run_in_threadpool(feedback.readings, decision)
    if readings[number - 1] is None:
        raise HTTPException(409, "The matcher is not running, so needs cannot be read again.")
    choice, problems = parse_choice(submitted, category_choices(readings[number - 1]), number)
    if choice is None:
        errors = {f"{name}-{number}": message for name, message in problems.items()}
        shown = {
            name: [displayable(v) for v in value] if isinstance(value, list) else displayable(value)
            for name, value in submitted.items()
        }
        return await _decision_view(
            request, account, decision, errors, reading_typed={number: shown}
        )
    try:
        await run_in_threadpool(
            feedback.correct_reading, decision, number - 1, choice, account.username
        )
    except FeedbackError as error:
        raise HTTPException(409, str(error)) from None
    return RedirectResponse(f"/staff/decisions/{decision.public_id}#need-{number}", 303)


def _noted(
    suggestions: list[Suggestion], service_id: str, note: str, by: str, feedback: Feedback
) -> list[Suggestion]:
    """The suggestions with the note on `service_id` set, credited to `by` now."""
    at = utc_stamp(feedback.store.now())
    return [
        replace(s, note=note, noted_by=by, noted_at=at) if s.service_id == service_id else s
        for s in suggestions
    ]


def _moved(suggestions: list[Suggestion], service_id: str, step: int) -> list[Suggestion]:
    index = next(i for i, s in enumerate(suggestions) if s.service_id == service_id)
    target = min(max(0, index + step), len(suggestions) - 1)
    item = suggestions.pop(index)
    suggestions.insert(target, item)
    return suggestions


def _need_of(text: str, decision: Decision) -> int:
    """The need (from 1) a form names, or 0 for none; 400 for a need the decision lacks."""
    if not text:
        return 0
    if not text.isascii() or not text.isdigit() or len(text) > 2:
        raise HTTPException(400, "There is no such need in this decision.")
    if not 1 <= int(text) <= len(decision.needs):
        raise HTTPException(400, "There is no such need in this decision.")
    return int(text)


def _day(stamp: str) -> str:
    """A stored time (UTC, ISO 8601) as a day in words; empty for none."""
    if not stamp:
        return ""
    return date.fromisoformat(stamp[:10]).strftime("%-d %B %Y")


def _back(form_value: str, decision: Decision) -> str:
    """Where to go after a change: a path on this site, else the decision. Browsers read
    "//host" and "/\\host" as another site, so neither is a path here."""
    own = f"/staff/decisions/{decision.public_id}"
    if not form_value.startswith("/") or form_value.startswith("//") or "\\" in form_value:
        return own
    return own if text_problem(form_value, "the address") else form_value


async def change_suggestions(request: Request) -> Response:
    account = await require(request, PRACTITIONER)
    feedback = _feedback(request)
    form = await csrf.checked_form(request)
    decision = await _decision(request)
    action = str(form.get("action", ""))
    service_id = str(form.get("service_id", ""))
    if text_problem(service_id, "the service"):
        raise HTTPException(400, "There is no such service to change.")
    suggestions = list(decision.suggestions)
    known = {s.service_id for s in suggestions}
    back = _back(str(form.get("back", "")), decision)
    if action == "add" and service_id in known:
        return RedirectResponse(back, 303)  # already suggested
    if action == "add":
        stored = await run_in_threadpool(feedback.directory.get, service_id)
        if stored is None:
            raise HTTPException(404, "There is no such service to add.")
        need = _need_of(str(form.get("need", "")), decision)
        suggestions.append(
            Suggestion(
                service_id,
                stored.service.name,
                "",
                account.username,
                needs_met=(need - 1,) if need else (),
            )
        )
        detail = stored.service.name + (f", for need {need}" if need else "")
    elif action in ("remove", "up", "down", "note") and service_id in known:
        name = next(s.service_name for s in suggestions if s.service_id == service_id)
        detail = name
        if action == "remove":
            suggestions = [s for s in suggestions if s.service_id != service_id]
        elif action == "note":
            note = str(form.get("note", "")).strip()[:1000]
            problem = text_problem(note, f"the note about {name}")
            if problem:
                field = f"note-{[s.service_id for s in suggestions].index(service_id) + 1}"
                typed = {field: displayable(note)}
                return await _decision_view(request, account, decision, {field: problem}, typed)
            suggestions = _noted(suggestions, service_id, note, account.username, feedback)
            detail = f"{name}: {note}"
        else:
            suggestions = _moved(suggestions, service_id, -1 if action == "up" else 1)
    else:
        raise HTTPException(400, "That change cannot be made to these suggestions.")
    verb = {"add": "added", "remove": "removed", "up": "moved up", "down": "moved down"}
    change = f"{verb.get(action, 'noted')} a suggestion"
    await _store_suggestions(feedback, decision, suggestions, account.username, change, detail)
    return RedirectResponse(back, 303)


async def _store_suggestions(
    feedback: Feedback,
    decision: Decision,
    suggestions: list[Suggestion],
    by: str,
    change: str,
    detail: str,
) -> None:
    """Store the decision's new suggestions with the change in its audit trail; 409 when the
    letter can no longer be changed."""
    try:
        await run_in_threadpool(
            feedback.store.change_suggestions, decision.id, suggestions, by, change, detail
        )
    except FeedbackError as error:
        raise HTTPException(409, str(error)) from None


async def add_to_decision(request: Request) -> Response:
    """Add a service (from its page) to the decision the practitioner chose among their own
    drafts; then the decision's page shows it among the suggestions."""
    account = await require(request, PRACTITIONER)
    feedback = _feedback(request)
    form = await csrf.checked_form(request)
    service_id = str(form.get("service_id", ""))
    chosen = str(form.get("decision", ""))
    if text_problem(service_id, "the service") or not service_id:
        raise HTTPException(400, "There is no such service to add.")
    decision = await run_in_threadpool(feedback.store.find, chosen)
    if decision is None or decision.created_by != account.username:
        raise HTTPException(400, "Select one of your own drafts to add the service to.")
    if decision.status not in EDITABLE:
        raise HTTPException(409, "That letter has been sent; it cannot be changed.")
    back = f"/staff/decisions/{decision.public_id}#suggestions"
    if any(s.service_id == service_id for s in decision.suggestions):
        return RedirectResponse(back, 303)
    stored = await run_in_threadpool(feedback.directory.get, service_id)
    if stored is None:
        raise HTTPException(404, "There is no such service to add.")
    suggestions = [
        *decision.suggestions,
        Suggestion(service_id, stored.service.name, "", account.username),
    ]
    await _store_suggestions(
        feedback, decision, suggestions, account.username, "added a suggestion", stored.service.name
    )
    return RedirectResponse(back, 303)


async def set_message(request: Request) -> Response:
    account = await require(request, PRACTITIONER)
    feedback = _feedback(request)
    form = await csrf.checked_form(request)
    decision = await _decision(request)
    message = str(form.get("message", "")).strip()[:3000]
    problem = text_problem(message, "your message to the referrer", multi_line=True)
    if problem:
        typed = {"message": displayable(message)}
        return await _decision_view(request, account, decision, {"message": problem}, typed)
    try:
        await run_in_threadpool(feedback.store.set_message, decision.id, message, account.username)
    except FeedbackError as error:
        raise HTTPException(409, str(error)) from None
    return RedirectResponse(f"/staff/decisions/{decision.public_id}", 303)


async def _letter(request: Request, view: str) -> dict[str, Any]:
    """What a letter shows, for the page and the PDF: the decision and its letter (as the
    email's text is made). The `view` (what was looked at) goes in the decision's audit
    trail with who and when."""
    account = await require(request, PRACTITIONER, MANAGER)
    feedback = _feedback(request)
    decision = await _decision(request)
    await run_in_threadpool(feedback.store.record_view, decision.id, account.username, view)
    link = (
        "(a link for the referrer, made when the letter is sent)"
        if decision.status in EDITABLE
        else "(the link sent to the referrer in the email)"
    )
    letter = await run_in_threadpool(feedback.letter, decision, account.display_name, link)
    return {"account": account, "decision": decision, "letter": letter}


async def letter_page(request: Request) -> Response:
    letter = await _letter(request, "viewed the letter")
    return render(request, "staff/letter.html", letter)


async def send_letter(request: Request) -> Response:
    account = await require(request, PRACTITIONER)
    feedback = _feedback(request)
    await csrf.checked_form(request)
    decision = await _decision(request)
    try:
        await run_in_threadpool(feedback.send, decision.id, account.display_name, account.username)
    except FeedbackError as error:
        raise HTTPException(409, str(error)) from None
    return RedirectResponse(f"/staff/decisions/{decision.public_id}", 303)


MAX_COMMENT = 1000


async def acknowledge(request: Request) -> Response:
    """The referrer's acknowledgement: whether the family will take up the offer, with a
    comment; once given, the answer can be changed (a form sent twice changes nothing)."""
    feedback = _feedback(request)
    token = request.path_params["token"]
    try:
        decision = await run_in_threadpool(feedback.decision_for_link, token)
    except (LinkError, FeedbackError) as refused:
        return render(request, "public/error.html", {"status": 410, "detail": str(refused)}, 410)
    errors: dict[str, str] = {}
    typed = {"take_up": "", "comment": ""}
    changing = False
    if request.method == "POST":
        form = await csrf.checked_form(request)
        changing = form.get("action") == "change"
        take_up = str(form.get("take_up", ""))
        comment = str(form.get("comment", "")).strip()
        typed = {"take_up": take_up if take_up in TAKE_UP else "", "comment": displayable(comment)}
        if take_up not in TAKE_UP:
            errors["take_up"] = "Select whether the family will take up the offer"
        problem = text_problem(comment, "your comment", multi_line=True)
        if problem or len(comment) > MAX_COMMENT:
            errors["comment"] = problem or f"Your comment must be {MAX_COMMENT} characters or fewer"
        if not errors:
            try:
                await run_in_threadpool(
                    feedback.store.acknowledge, decision.id, TAKE_UP[take_up], comment, changing
                )
            except FeedbackError as refused:
                detail = str(refused)
                return render(request, "public/error.html", {"status": 410, "detail": detail}, 410)
            decision = await run_in_threadpool(feedback.store.require, decision.id)
            changing = False
    done = decision.acknowledged_at is not None
    if done and not typed["take_up"]:
        answer = next((k for k, v in TAKE_UP.items() if v == decision.take_up), "")
        typed = {"take_up": answer, "comment": decision.take_up_comment}
    return render(
        request,
        "public/acknowledge.html",
        {
            "decision": decision,
            "done": done,
            "changing": changing or (done and bool(errors)),
            "errors": errors,
            "error_list": [{"text": m, "href": f"#{f}"} for f, m in errors.items()],
            "typed": typed,
            "take_up_items": [
                {"value": k, "text": v, "checked": typed["take_up"] == k}
                for k, v in TAKE_UP.items()
            ],
        },
        400 if errors else 200,
    )


async def letter_pdf(request: Request) -> Response:
    letter = await _letter(request, "downloaded the letter as a PDF")
    decision = letter["decision"]
    html = request.app.state.templates.get_template("staff/letter_print.html").render(**letter)
    try:
        pdf = await run_in_threadpool(render_pdf, html)
    except PdfError as error:
        raise HTTPException(503, str(error)) from None
    return Response(
        pdf,
        media_type="application/pdf",
        headers={"content-disposition": attachment(f"referral-{decision.reference}.pdf")},
    )
