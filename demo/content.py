"""The English demo pages and footer. Translations live in locale/<language>/LC_MESSAGES/site.po.

Page bodies are functions of `refs` (demo pages and images by key) because StreamField
blocks store the ids of the pages and images they point to.
"""

import uuid


def _items(values):
    """ListBlock items in Wagtail's current format, with the ids wagtail-localize relies on
    to give each item's text its own translatable segment."""
    return [
        {
            "type": "item",
            "value": value,
            "id": str(uuid.uuid5(uuid.NAMESPACE_URL, repr(value))),
        }
        for value in values
    ]


ADDRESS = "Jozef Israëlskade 46v\n1072 SB Amsterdam\nThe Netherlands"
CONTACT_EMAIL = "info@inhope.example"
ORGANISATION = "INHOPE"

IMAGES = {
    "network": "Abstract map of a network of connected points",
    "shield": "A yellow shield in front of white rings on blue",
    "waves": "Blue waves under a yellow sun",
}


def _heading(text, anchor="", level="h2"):
    return {
        "type": "heading",
        "value": {"text": text, "level": level, "anchor": anchor},
    }


def paragraph(html):
    return {"type": "paragraph", "value": html}


def report_page(refs):
    return {
        "title": "Report illegal content",
        "show_in_menus": True,
        "search_description": "How to report child sexual abuse material you find online, safely and anonymously.",
        "introduction": (
            "If you come across images or videos of child sexual abuse online, report the web address to a "
            "hotline. You do not need to give your name."
        ),
        "body": [
            _heading("How to report", "how-to-report"),
            paragraph(
                "<ol><li>Copy the web address (URL) where you saw the material.</li>"
                "<li>Go to the hotline for your country and open its reporting form.</li>"
                "<li>Paste the address and add anything that helps analysts find it.</li></ol>"
            ),
            {
                "type": "call_to_action",
                "value": {
                    "heading": "Keep yourself safe",
                    "text": (
                        "Never download, save, screenshot or forward the material, not even to report it. "
                        "Sharing the web address is enough."
                    ),
                    "link": {
                        "label": "Find your hotline",
                        "page": refs["hotlines"].pk,
                        "url": "",
                    },
                },
            },
            {
                "type": "faq",
                "value": {
                    "heading": "Before you report",
                    "items": _items(
                        [
                            refs[f"faq:{anchor}"].pk
                            for anchor in (
                                "is-my-report-anonymous",
                                "what-happens-after-i-report",
                                "what-if-the-material-is-hosted-in-another-country",
                            )
                        ]
                    ),
                },
            },
            paragraph(
                f'<p>More questions? Read our <a linktype="page" id="{refs["faq"].pk}">frequently asked '
                "questions</a>.</p>"
            ),
        ],
    }


def _pillar(title, icon, text, label="", page=None):
    return {
        "title": title,
        "icon": icon,
        "text": text,
        "link": {"label": label, "page": page.pk if page else None, "url": ""},
    }


def about_page(refs):
    return {
        "title": "About us",
        "show_in_menus": True,
        "search_description": (
            "Who we are: a global network of internet hotlines working to remove child sexual abuse material."
        ),
        "introduction": (
            "We are the International Association of Internet Hotlines: a global network of hotlines where "
            "the public can report child sexual abuse material found online."
        ),
        "social_image": refs["image:network"],
        "body": [
            _heading("Who we are", "who-we-are"),
            paragraph(
                "<p>The association was founded in 1999 and is based in Amsterdam. Its members are national "
                "hotlines around the world.</p>"
                "<p>Analysts at each hotline assess reports under their national law, alert the police and ask "
                "hosting providers to take confirmed material down.</p>"
            ),
            {
                "type": "network_figures",
                "value": {
                    "heading": "Our network today",
                    "introduction": "Counted from our list of member hotlines, so these numbers are always current.",
                    "show_finder_link": True,
                },
            },
            {
                "type": "pillars",
                "value": {
                    "heading": "Our three key pillars",
                    "pillars": _items(
                        [
                            _pillar(
                                "Supporting hotlines",
                                "support",
                                "Training for analysts, shared quality standards and good practice, and care for the "
                                "wellbeing of the people who review this material every day.",
                                "Find a member hotline",
                                refs["hotlines"],
                            ),
                            _pillar(
                                "Technology",
                                "technology",
                                "ICCAM, a secure platform hosted by INTERPOL, lets hotlines exchange reports. Report "
                                "Box gives new hotlines a ready-made reporting system.",
                            ),
                            _pillar(
                                "Advocacy",
                                "advocacy",
                                "We work for laws and policies that move us towards an internet free of child "
                                "sexual abuse material.",
                                "Work with us",
                                refs["contact"],
                            ),
                        ]
                    ),
                },
            },
            {
                "type": "objectives",
                "value": {
                    "heading": "Our objectives",
                    "objectives": _items(
                        [
                            {
                                "title": "Raise awareness",
                                "text": (
                                    "Make sure people know that this material exists online and where to report it."
                                ),
                            },
                            {
                                "title": "Grow partnerships",
                                "text": "Work with industry, law enforcement and governments towards the same goal.",
                            },
                            {
                                "title": "Expand the global network",
                                "text": (
                                    "Help countries without a hotline to set one up, above all in regions that "
                                    "need it most."
                                ),
                            },
                            {
                                "title": "Exchange expertise",
                                "text": "Let analysts learn from each other through exchanges, webinars and training.",
                            },
                            {
                                "title": "Quality assurance",
                                "text": "Keep every member's work to shared standards that the public can trust.",
                            },
                        ]
                    ),
                },
            },
            {
                "type": "quote",
                "value": {
                    "quote": "Every report counts: behind each one there may be a child who still needs help.",
                    "attribution": "Our guiding principle",
                    "role": "",
                },
            },
            {
                "type": "history",
                "value": {
                    "heading": "Our history",
                    "milestones": _items(
                        [
                            {"year": 1999, "title": "The association is founded", "text": ""},
                            {
                                "year": 2010,
                                "title": "The Foundation is set up",
                                "text": "A charity that helps emerging countries start their own hotline.",
                            },
                            {
                                "year": 2018,
                                "title": "The first summit",
                                "text": "Partners from industry and the network meet in Redmond, Washington.",
                            },
                            {
                                "year": 2022,
                                "title": "Seven new members",
                                "text": "Hotlines from Europe, Asia and Latin America join the network.",
                            },
                        ]
                    ),
                },
            },
            _heading("The Foundation", "foundation"),
            {
                "type": "two_columns",
                "value": {
                    "text": (
                        "<p>In 2010 we set up a charitable Foundation to help countries without a hotline "
                        "start one. It has supported new hotlines in Colombia, Kazakhstan and Thailand.</p>"
                    ),
                    "image": refs["image:shield"].pk,
                    "alt_text": "A yellow shield in front of white rings, standing for protection",
                    "image_position": "end",
                },
            },
            {
                "type": "image",
                "value": {
                    "image": refs["image:network"].pk,
                    "alt_text": "Points joined by lines, like hotlines connected across the world",
                    "caption": "Hotlines pass reports to each other so material is removed wherever it is hosted.",
                    "credit": "Illustration",
                },
            },
            {
                "type": "funding",
                "value": {
                    "heading": "Our funding",
                    "text": (
                        "<p>Our work is co-funded by the European Union as part of the Better Internet for Kids "
                        "programme, now under the Digital Europe Programme (DIGITAL) and before that under the "
                        "Connecting Europe Facility (CEF).</p>"
                    ),
                    "funders": _items(
                        [
                            {
                                "name": "Digital Europe Programme (European Union)",
                                "url": "https://digital-strategy.ec.europa.eu/en/activities/digital-programme",
                                "logo": None,
                            },
                            {
                                "name": "Better Internet for Kids",
                                "url": "https://better-internet-for-kids.europa.eu/",
                                "logo": None,
                            },
                        ]
                    ),
                },
            },
            {
                "type": "call_to_action",
                "value": {
                    "heading": "Found something online?",
                    "text": "Reporting takes a minute and can be done anonymously.",
                    "link": {
                        "label": "Find your hotline",
                        "page": refs["hotlines"].pk,
                        "url": "",
                    },
                },
            },
        ],
    }


def contact_page(refs):
    return {
        "title": "Contact",
        "show_in_menus": True,
        "search_description": "How to reach the association's secretariat in Amsterdam.",
        "introduction": "Questions about the network, membership or our work? Our secretariat is glad to help.",
        "body": [
            _heading("Our office", "office"),
            paragraph(
                "<p>Jozef Israëlskade 46v, 1072 SB Amsterdam, the Netherlands</p>"
                "<p>Please do not send us illegal material or links to it. To report content, use the hotline "
                "in your country: hotlines, not our office, handle reports.</p>"
            ),
        ],
    }


def privacy_page(refs):
    return {
        "title": "Privacy",
        "show_in_menus": False,
        "search_description": "How this website handles personal data.",
        "introduction": "This website collects as little personal data as possible.",
        "body": [
            _heading("What we collect", "what-we-collect"),
            paragraph(
                "<p>We do not use tracking cookies. Our servers keep short technical logs to protect the "
                "site from abuse.</p>"
            ),
        ],
    }


# Keyed by slug, in menu order.
PAGES = [
    ("about", about_page),
    ("report", report_page),
    ("contact", contact_page),
    ("privacy", privacy_page),
]


def home_page(refs):
    return {
        "title": "Home",
        "search_description": (
            "A global network of internet hotlines where anyone can anonymously report child sexual abuse "
            "material found online."
        ),
        "hero_heading": "Together for an internet free of child sexual abuse material",
        "hero_lead": (
            "We connect the hotlines where anyone can report child sexual abuse material found online, "
            "anonymously, so that it is assessed, passed to the police and taken down fast."
        ),
        "hero_image": refs["image:network"],
        "social_image": refs["image:waves"],
        "report_page": refs["report"],
        "report_label": "Report illegal content",
        "report_text": "Reporting is anonymous. Never download or share the material: report the web address.",
        "mission_heading": "Our mission",
        "mission": (
            "Since 1999 we have brought national hotlines together into one global network. We help new "
            "hotlines start, support analysts with training and shared standards, provide secure technology "
            "for exchanging reports, and work for laws and policies that keep children safe online."
        ),
        "highlights_heading": "Find out more",
        "highlights": [
            {
                "type": "highlight",
                "value": {
                    "page": refs["about"].pk,
                    "summary": "Who we are and how we work.",
                },
            },
            {
                "type": "highlight",
                "value": {
                    "page": refs["report"].pk,
                    "summary": "What to do when you find illegal material.",
                },
            },
            {
                "type": "highlight",
                "value": {
                    "page": refs["contact"].pk,
                    "summary": "Reach our secretariat.",
                },
            },
        ],
    }


def footer(refs):
    return {
        "organisation_name": ORGANISATION,
        "tagline": "The International Association of Internet Hotlines",
        "address": ADDRESS,
        "contact_email": CONTACT_EMAIL,
        "social_links": [
            {
                "type": "social_link",
                "value": {"network": "linkedin", "url": "https://www.linkedin.com/"},
            },
            {"type": "social_link", "value": {"network": "x", "url": "https://x.com/"}},
        ],
        "legal_links": [
            {
                "type": "link",
                "value": {"label": "Privacy", "page": refs["privacy"].pk, "url": ""},
            },
        ],
    }
