// Starts the GOV.UK Frontend components. A file, not an inline script, because the
// Content-Security-Policy allows no inline script.
import { initAll } from "/govuk/govuk-frontend.min.js";

initAll();
