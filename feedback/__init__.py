"""Feedback to referrers: no-further-action decisions, their suggestions, letters, the loop."""
