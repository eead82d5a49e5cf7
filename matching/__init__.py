"""Matching: from the needs in a closed referral to ranked, eligible, explained suggestions."""
