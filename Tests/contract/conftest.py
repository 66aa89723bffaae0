import os

import pytest


@pytest.fixture(scope="session")
def base_url() -> str:
    url = os.environ.get("CLAIMTRACE_URL")
    if not url:
        pytest.skip("CLAIMTRACE_URL is not set (run Tests/contract/run)")
    return url
