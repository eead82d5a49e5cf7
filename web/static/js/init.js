// Starts the GOV.UK Frontend components. A file, not an inline script, because the
// Content-Security-Policy allows no inline script.
import { initAll } from "/govuk/govuk-frontend.min.js";

initAll();

// The "Exit this page" keyboard shortcut (Shift 3 times) works only once its script runs, so
// the hint saying so is shown only then.
if (document.body.classList.contains("govuk-frontend-supported")) {
  for (const hint of document.querySelectorAll("[data-app-exit-hint]")) {
    if (hint.closest(".app-exit")?.querySelector("[data-govuk-exit-this-page-init]")) {
      hint.hidden = false;
    }
  }
}
