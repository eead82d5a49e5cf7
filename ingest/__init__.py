"""Import of what councils publish: validate at the boundary, normalise, upsert by source id."""
