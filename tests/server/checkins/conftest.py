import pytest


@pytest.fixture
def signed_in(new_browser):
    async def sign_in(persona):
        browser = new_browser()
        assert (await browser.sign_in(persona.email)).status_code == 200
        return browser

    return sign_in
