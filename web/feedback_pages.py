"""The practitioner's feedback pages: record a decision, choose suggestions, preview and send
the letter; the manager's worklist; the referrer's acknowledgement."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from markupsafe import Markup
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from feedback.gaps import GapRow, bar_chart_svg, by_category, gaps_csv
from feedback.links import LinkError
from feedback.pdf import PdfError, render_pdf
from feedback.records import CONSENT, DECISIONS, DRAFT, FAILED, Suggestion, parse_decision
from feedback.service import Feedback
from feedback.store import FeedbackError
from matching.finder import FindQuery
from staff.accounts import MANAGER, PRACTITIONER
from web import csrf
from web.public import render
from web.staff_pages import require

TAKE_UP = {"yes": "Yes", "no": "No", "not-known": "Not known yet"}


def _feedback(request: Request) -> Feedback:
    found: Feedback | None = request.app.state.feedback
    if found is None:
        raise HTTPException(404, "There is no page at this address.")
    return found


def _id(request: Request) -> int:
    try:
        return int(request.path_params["decision_id"])
    except ValueError:
        raise HTTPException(404, "There is no decision at this address.") from None


async def new_decision(request: Request) -> Response:
    account = await require(request, PRACTITIONER)
    feedback = _feedback(request)
    values: dict[str, Any] = {"decided_on": feedback.store.now().date().isoformat()}
    errors: dict[str, str] = {}
    if request.method == "POST":
        form = await csrf.checked_form(request)
        raw = {k: str(v) for k, v in form.items() if k != csrf.FIELD}
        parsed, errors = parse_decision(raw)
        values = raw
        if not errors:
            suggestions = await run_in_threadpool(feedback.propose, parsed)
            decision_id = await run_in_threadpool(
                feedback.store.create, parsed, account.username, suggestions
            )
            return RedirectResponse(f"/staff/decisions/{decision_id}", 303)
    return render(
        request,
        "staff/decision_new.html",
        {
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


async def decision_page(request: Request) -> Response:
    account = await require(request, PRACTITIONER, MANAGER)
    feedback = _feedback(request)
    decision = await run_in_threadpool(feedback.store.get, _id(request))
    if decision is None:
        raise HTTPException(404, "There is no decision at this address.")
    words = request.query_params.get("q", "").strip()[:200]
    found = []
    if words:
        result = await run_in_threadpool(
            request.app.state.finder.find, FindQuery(text=words, postcode=decision.postcode or None)
        )
        chosen = {s.service_id for s in decision.suggestions}
        found = [item.service for item in result.items if item.service.id not in chosen]
    earlier = await run_in_threadpool(feedback.store.earlier, decision.reference, decision.id)
    audit = await run_in_threadpool(feedback.store.audit, decision.id)
    return render(
        request,
        "staff/decision.html",
        {
            "account": account,
            "decision": decision,
            "editable": decision.status in (DRAFT, FAILED),
            "decisions": DECISIONS,
            "words": words,
            "found": found,
            "earlier": earlier,
            "audit": audit,
            "take_up": TAKE_UP,
        },
    )


def _moved(suggestions: list[Suggestion], service_id: str, step: int) -> list[Suggestion]:
    index = next(i for i, s in enumerate(suggestions) if s.service_id == service_id)
    target = min(max(0, index + step), len(suggestions) - 1)
    item = suggestions.pop(index)
    suggestions.insert(target, item)
    return suggestions


async def change_suggestions(request: Request) -> Response:
    account = await require(request, PRACTITIONER)
    feedback = _feedback(request)
    form = await csrf.checked_form(request)
    decision = await run_in_threadpool(feedback.store.get, _id(request))
    if decision is None:
        raise HTTPException(404, "There is no decision at this address.")
    action = str(form.get("action", ""))
    service_id = str(form.get("service_id", ""))
    suggestions = list(decision.suggestions)
    known = {s.service_id for s in suggestions}
    back = str(form.get("back", "")) or f"/staff/decisions/{decision.id}"
    if not back.startswith("/") or back.startswith("//"):
        back = f"/staff/decisions/{decision.id}"
    if action == "add" and service_id in known:
        return RedirectResponse(back, 303)  # already suggested
    if action == "add":
        stored = await run_in_threadpool(feedback.directory.get, service_id)
        if stored is None:
            raise HTTPException(404, "There is no such service to add.")
        suggestions.append(Suggestion(service_id, stored.service.name, "", account.username))
        detail = stored.service.name
    elif action in ("remove", "up", "down", "note") and service_id in known:
        name = next(s.service_name for s in suggestions if s.service_id == service_id)
        detail = name
        if action == "remove":
            suggestions = [s for s in suggestions if s.service_id != service_id]
        elif action == "note":
            note = str(form.get("note", "")).strip()[:1000]
            suggestions = [
                Suggestion(s.service_id, s.service_name, note, s.added_by)
                if s.service_id == service_id
                else s
                for s in suggestions
            ]
            detail = f"{name}: {note}"
        else:
            suggestions = _moved(suggestions, service_id, -1 if action == "up" else 1)
    else:
        raise HTTPException(400, "That change cannot be made to these suggestions.")
    verb = {"add": "added", "remove": "removed", "up": "moved up", "down": "moved down"}
    try:
        await run_in_threadpool(
            feedback.store.change_suggestions,
            decision.id,
            suggestions,
            account.username,
            f"{verb.get(action, 'noted')} a suggestion",
            detail,
        )
    except FeedbackError as error:
        raise HTTPException(409, str(error)) from None
    return RedirectResponse(back, 303)


async def set_message(request: Request) -> Response:
    account = await require(request, PRACTITIONER)
    feedback = _feedback(request)
    form = await csrf.checked_form(request)
    decision_id = _id(request)
    try:
        await run_in_threadpool(
            feedback.store.set_message,
            decision_id,
            str(form.get("message", "")).strip()[:3000],
            account.username,
        )
    except FeedbackError as error:
        raise HTTPException(409, str(error)) from None
    return RedirectResponse(f"/staff/decisions/{decision_id}", 303)


async def _letter(request: Request) -> dict[str, Any]:
    """What a letter shows, for the page and the PDF: the decision, its services, the sender."""
    account = await require(request, PRACTITIONER, MANAGER)
    feedback = _feedback(request)
    decision = await run_in_threadpool(feedback.store.get, _id(request))
    if decision is None:
        raise HTTPException(404, "There is no decision at this address.")
    return {
        "decision": decision,
        "decisions": DECISIONS,
        "services": await run_in_threadpool(feedback.letter_services, decision),
        "policy": feedback.policy,
        "sender": account.display_name,
    }


async def letter_page(request: Request) -> Response:
    letter = await _letter(request)
    letter["acknowledge_url"] = "(a link for the referrer, made when the letter is sent)"
    return render(request, "staff/letter.html", letter)


async def send_letter(request: Request) -> Response:
    account = await require(request, PRACTITIONER)
    feedback = _feedback(request)
    await csrf.checked_form(request)
    decision_id = _id(request)
    try:
        await run_in_threadpool(feedback.send, decision_id, account.display_name, account.username)
    except FeedbackError as error:
        raise HTTPException(409, str(error)) from None
    return RedirectResponse(f"/staff/decisions/{decision_id}", 303)


async def worklist(request: Request) -> Response:
    account = await require(request, MANAGER)
    feedback = _feedback(request)
    unsent, unacknowledged = await run_in_threadpool(feedback.store.worklist, feedback.working_days)
    return render(
        request,
        "staff/worklist.html",
        {
            "account": account,
            "unsent": unsent,
            "unacknowledged": unacknowledged,
            "days": feedback.working_days,
        },
    )


async def acknowledge(request: Request) -> Response:
    feedback = _feedback(request)
    token = request.path_params["token"]
    try:
        decision = await run_in_threadpool(feedback.decision_for_link, token)
    except (LinkError, FeedbackError) as refused:
        return render(request, "public/error.html", {"status": 410, "detail": str(refused)}, 410)
    done = decision.acknowledged_at is not None
    error = None
    if request.method == "POST" and not done:
        form = await csrf.checked_form(request)
        take_up = str(form.get("take_up", ""))
        if take_up not in TAKE_UP:
            error = "Select whether the family will take up the offer"
        else:
            await run_in_threadpool(feedback.store.acknowledge, decision.id, TAKE_UP[take_up])
            done = True
    return render(
        request,
        "public/acknowledge.html",
        {
            "decision": decision,
            "done": done,
            "error": error,
            "take_up_items": [{"value": k, "text": v} for k, v in TAKE_UP.items()],
        },
        400 if error else 200,
    )


def _period(request: Request) -> tuple[date, date, str | None]:
    today = _feedback(request).store.now().date()
    error = None
    try:
        until = date.fromisoformat(request.query_params.get("to", "") or today.isoformat())
        since = date.fromisoformat(
            request.query_params.get("from", "") or (until - timedelta(days=90)).isoformat()
        )
    except ValueError:
        until, since = today, today - timedelta(days=90)
        error = "Enter the dates like 2026-08-24; showing the last 90 days instead"
    if since > until:
        since, until = until, since
    return since, until, error


async def gaps_page(request: Request) -> Response:
    account = await require(request, MANAGER)
    feedback = _feedback(request)
    since, until, error = _period(request)
    rows = [GapRow(*row) for row in await run_in_threadpool(feedback.store.gaps, since, until)]
    totals = by_category(rows)
    chart = bar_chart_svg(totals, f"Unmet needs by category, {since} to {until}")
    return render(
        request,
        "staff/gaps.html",
        {
            "account": account,
            "rows": rows,
            "totals": totals,
            "chart": Markup(chart),
            "since": since,
            "until": until,
            "error": error,
        },
    )


async def gaps_csv_download(request: Request) -> Response:
    await require(request, MANAGER)
    feedback = _feedback(request)
    since, until, _ = _period(request)
    rows = [GapRow(*row) for row in await run_in_threadpool(feedback.store.gaps, since, until)]
    return Response(
        gaps_csv(rows, since.isoformat(), until.isoformat()),
        media_type="text/csv; charset=utf-8",
        headers={"content-disposition": f'attachment; filename="unmet-needs-{since}-{until}.csv"'},
    )


async def letter_pdf(request: Request) -> Response:
    letter = await _letter(request)
    decision = letter["decision"]
    html = request.app.state.templates.get_template("staff/letter_print.html").render(**letter)
    try:
        pdf = await run_in_threadpool(render_pdf, html)
    except PdfError as error:
        raise HTTPException(503, str(error)) from None
    return Response(
        pdf,
        media_type="application/pdf",
        headers={"content-disposition": f'inline; filename="referral-{decision.reference}.pdf"'},
    )
