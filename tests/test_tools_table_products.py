"""A tools-table row whose tool cell lists several products is a row for each (index/tools_table.py)."""
from index.tools_table import _several_products


def test_a_cell_listing_products_is_split():
    assert _several_products("ChatGPT, Google Gemini and Claude") == ["ChatGPT", "Google Gemini", "Claude"]
    assert _several_products("Otter or Fireflies") == ["Otter", "Fireflies"]


def test_one_product_with_lower_case_words_is_kept_whole():
    assert _several_products("Microsoft Teams transcription and intelligent recap") == [
        "Microsoft Teams transcription and intelligent recap"]
    assert _several_products("Microsoft 365 Copilot Chat") == ["Microsoft 365 Copilot Chat"]
    assert _several_products("Copilot (licensed, with Word and Outlook)") == ["Copilot (licensed, with Word and Outlook)"]
