"""Hypothesis settings for the property-based tests: a few examples each in the suite (they
must not slow it), many in CI's bounded fuzz step (``BRIEFING_FUZZ_EXAMPLES=N``, see
.ci/run). No example database is written: the suite leaves no files in the checkout."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "briefing",
    max_examples=int(os.environ.get("BRIEFING_FUZZ_EXAMPLES", "25")),
    deadline=None,  # a shared CI machine is slow at times; time is not what is tested here
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
settings.load_profile("briefing")
