"""Which side of harm a listing's sentence puts its users on: a programme for people who cause
harm, a service only for people harmed, or neither.

One question with three answers, asked of the sentence's embedding beside its hashed words and
word pairs (`matching.worded`). The embedding carries the topic (abuse, a partner, a child) but
reads topic and sex more than role: alone, it read "For men whose partner controls their money
or hurts them" as a programme for abusers. The word pairs carry the voice that tells who does
what to whom ("being hurt", "who hurt", "using abuse", "on the receiving end").
"""

from __future__ import annotations

#: The role head's labels, in its column order.
NEITHER, HARM, HARMED = "neither", "harm", "harmed"
LABELS = (NEITHER, HARM, HARMED)
