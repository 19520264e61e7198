"""A question in, ranked and attributed hits out: candidates, fusion, spans, abstention."""
