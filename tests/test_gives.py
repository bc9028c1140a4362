"""Gives in many shapes, and look-alikes that are not gives (English sentences written for givefirst)."""

from __future__ import annotations

import pytest

from givefirst import check

GIVES = {
    "en": [
        "I'd like to send you a signed copy of my book as a thank-you for your talk.",
        "We'd love to cover the cost of your travel and hotel.",
        "I can connect you with the head of innovation at Philips, who is looking for exactly your kind of research.",
        "I've put together a list of 20 podcasts that would be a great fit for your book tour.",
        "Our team has translated your framework into Spanish so your Latin American readers can use it.",
        "I'm happy to write a detailed review of the book on Amazon and Goodreads.",
        "I recorded a short video walkthrough of the bug so your developers can reproduce it in minutes.",
        "As a thank-you, I'd like to donate 100 euros to the charity you support.",
        "I wrote a blog post summarising your keynote, and it has been read by 8,000 people so far.",
        "We'd like to nominate you for the Women in Tech award this year.",
        "I'll mention your course in my next newsletter, which goes to 5,000 designers.",
        "I created a Notion template based on your productivity system that anyone can duplicate for free.",
        "Attached is a one-page summary of the survey results that you can use in your next article.",
        "I've drafted three LinkedIn posts you could use to announce the launch, no strings attached.",
        "I'd be glad to volunteer at your conference's registration desk both days.",
        "My agency would like to build your new landing page pro bono.",
        "Here is the dataset we collected, cleaned and ready to use.",
        "I've found a broken link on your homepage: the 'Pricing' button leads to a 404.",
        "We're inviting you to speak on our main stage in front of 1,200 founders.",
        "I'd like to introduce you to Maria, who runs procurement at a hospital chain.",
    ],
}

NOT_GIVES = {
    "en": [
        "I'd like to offer you the chance to join our paid mastermind for only 99 euros a month.",
        "Could you send me a copy of your slides?",
        "I'm looking for someone to review my business plan.",
        "We offer social media management services for small businesses.",
        "I have a great opportunity for you to invest in my startup.",
        "Would you be willing to share my post with your network?",
        "I'm happy to jump on a call whenever suits you.",
        "Please find my CV attached.",
        "I'd love to get your feedback on my app.",
        "I help coaches get more clients with Facebook ads.",
    ],
}


def _gives(text, lang):
    return any("give" in s.acts for s in check(text, lang=lang).sentences)


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, ts in GIVES.items() for t in ts])
def test_give(lang, text):
    assert _gives(text, lang)


@pytest.mark.parametrize(("lang", "text"), [(lang, t) for lang, ts in NOT_GIVES.items() for t in ts])
def test_not_a_give(lang, text):
    assert not _gives(text, lang)
