async def test_healthz_answers_ok_when_the_database_answers(browser):
    response = await browser.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


async def test_persona_signs_in_and_sees_themselves(browser, personas):
    response = await browser.sign_in(personas.client.email)
    assert response.status_code == 200, response.text
    me = await browser.get("/api/auth/me")
    assert me.json()["email"] == personas.client.email
