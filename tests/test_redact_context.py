"""Issue 16: a name found by lists or shape is redacted only with a personal context (invented examples)."""
import pytest

from bot.redact import redact


@pytest.mark.parametrize("text", [
    "can the AI write a limerick in the style of Rupert Quillfeather for the newsletter?",
    "a lesson on Agnes Thornbury for year 9 history, made with Copilot - ok?",
    "is a short bio of Cuthbert Ravensworth fine for the museum leaflet?",
    "our training scenario uses Fred Nobody as the example customer - AI ok?",
    "the Hamish Dockery building wifi is down, can Copilot draft the notice?",
    "local authority codes E09000033 and W06000011 in the return - can AI check the sheet?",
    "company number NI612345 for the supplier - due diligence with AI?",
])
def test_no_personal_context_kept(text):
    assert redact(text).text == text


@pytest.mark.parametrize("text,secret", [
    ("can I paste Rupert Quillfeather's sick note into ChatGPT?", "Quillfeather"),
    ("my colleague Agnes Thornbury asked if Otter is ok", "Thornbury"),
    ("reply to Cuthbert Ravensworth about his rent arrears with Copilot?", "Ravensworth"),
    ("Mr Dockery (aged 81) - can AI summarise the visit?", "Dockery"),
    ("meeting with Priya Valdane yesterday, she wants the notes in Copilot", "Valdane"),
])
def test_personal_context_redacted(text, secret):
    assert secret not in redact(text).text


def test_a_personal_case_number_is_still_redacted():
    assert "12345678" not in redact("council tax case 12345678 for Mrs Obi - AI ok?").text
