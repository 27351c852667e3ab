"""What counts as the same page and the same story."""

from __future__ import annotations

import pytest

from tracker.textnorm import BadURL, content_hash, name_key, normalise_title, normalise_url


@pytest.mark.parametrize(
    "variant",
    [
        "https://electrek.co/2018/11/20/china-solid-state/",
        "http://www.electrek.co/2018/11/20/china-solid-state",
        "https://electrek.co/2018/11/20/china-solid-state/?utm_source=twitter&utm_medium=social",
        "https://electrek.co/2018/11/20/china-solid-state/#comments",
        "https://electrek.co/2018/11/20/china-solid-state/amp/",
        "HTTPS://Electrek.CO/2018/11/20/china-solid-state/?fbclid=abc",
    ],
)
def test_variants_of_one_page_share_one_url(variant: str) -> None:
    assert normalise_url(variant) == "https://electrek.co/2018/11/20/china-solid-state"


def test_meaningful_query_parameters_are_kept_in_stable_order() -> None:
    assert normalise_url("https://x.example/a?p=2&id=7") == "https://x.example/a?id=7&p=2"


@pytest.mark.parametrize("bad", ["ftp://x.example/a", "electrek.co/a", "", "https://"])
def test_non_http_urls_are_refused(bad: str) -> None:
    with pytest.raises(BadURL):
        normalise_url(bad)


def test_titles_and_texts_fold_case_punctuation_and_space() -> None:
    assert normalise_title("China starts solid-state battery production!") == normalise_title(
        "China Starts Solid-State  Battery Production"
    )
    assert content_hash("Over 400 Wh/kg.\n\nNext") == content_hash("over 400 wh/kg. next")


def test_company_keys_ignore_case_and_punctuation() -> None:
    assert name_key("Qing-Tao Energy") == name_key("qing tao ENERGY")
