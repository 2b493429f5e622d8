"""The demo FAQ: categories of questions with their answers, and the FAQ page.

Every sentence is our own words, from the facts file. Where the report page's accordion or
the 2024 summit already answered a question, the same words are used, so that the
translations written for them serve here too. The anchors are given rather than derived,
because other content links to them (the summit's questions, /faq/#is-my-report-anonymous).
Translations live in locale/<language>/LC_MESSAGES/network.po (the words shared with
the report page and the 2024 summit in site.po and summits.po).
"""

PAGE = {
    "title": "Frequently asked questions",
    "introduction": (
        "Short answers to what people ask us most: how reporting works, what hotlines do and what happens at the "
        "summit. Each question has its own link to share."
    ),
    "search_description": "Answers about reporting child sexual abuse material online, hotlines and the summit.",
}

CATEGORIES = [
    {
        "name": "Reporting",
        "anchor": "reporting",
        "items": [
            {
                "question": "Is my report anonymous?",
                "anchor": "is-my-report-anonymous",
                "answer": (
                    "<p>Yes. Hotlines accept reports without a name or contact details.</p>"
                    "<p>All a hotline needs is the web address where you saw the material. Nothing in a report "
                    "has to say who you are.</p>"
                ),
            },
            {
                "question": "What happens after I report?",
                "anchor": "what-happens-after-i-report",
                "answer": (
                    "<p>A trained analyst checks the material against national law. If it is illegal, the hotline "
                    "informs the police and asks the hosting provider to remove it.</p>"
                    "<p>Taking the material down quickly stops it from being seen and copied again.</p>"
                ),
            },
            {
                "question": "What must I never do when I report?",
                "anchor": "what-must-i-never-do",
                "answer": (
                    "<p>Never download, save, screenshot or send the material to anyone, not even to the hotline. "
                    "Keeping or passing it on can be a crime in itself, and every copy harms the child again.</p>"
                    "<p>Report only the web address where you saw it. That is all an analyst needs.</p>"
                ),
            },
            {
                "question": "What if the material is hosted in another country?",
                "anchor": "what-if-the-material-is-hosted-in-another-country",
                "answer": (
                    "<p>The hotline passes the report to the member hotline in the hosting country through the "
                    "network, so it can be removed there.</p>"
                    "<p>Hotlines exchange these reports through ICCAM, a secure platform hosted by INTERPOL, so one "
                    "report to the hotline in your own country is enough.</p>"
                ),
            },
        ],
    },
    {
        "name": "About the network",
        "anchor": "about-the-network",
        "items": [
            {
                "question": "What is a hotline?",
                "anchor": "what-is-a-hotline",
                "answer": (
                    "<p>A service where anyone can report, anonymously, material online that they think shows child "
                    "sexual abuse. Analysts check each report and pass illegal material on for removal.</p>"
                ),
            },
            {
                "question": "What is the INHOPE network?",
                "anchor": "what-is-the-inhope-network",
                "answer": (
                    "<p>The member hotlines of the association, working together so that material hosted anywhere "
                    "can be reported and removed.</p>"
                    "<p>The association was founded in 1999 and is based in Amsterdam. Its foundation, set up in "
                    "2010, helps new hotlines start in countries that do not have one yet.</p>"
                ),
            },
            {
                "question": "What is the Universal Classification Schema?",
                "anchor": "what-is-the-universal-classification-schema",
                "answer": (
                    "<p>A shared way for hotlines to label the material they assess, so that analysts in different "
                    "countries describe the same content in the same terms.</p>"
                ),
            },
        ],
    },
    {
        "name": "The summit",
        "anchor": "the-summit",
        "items": [
            {
                "question": "What is the INHOPE Summit?",
                "anchor": "what-is-the-inhope-summit",
                "answer": (
                    "<p>A yearly meeting where hotlines, technology companies, police and policymakers compare "
                    "notes on fighting child sexual abuse material online.</p>"
                    "<p>The first edition, in 2018, brought 34 people together; by the fourth, more than 300 took "
                    "part.</p>"
                ),
            },
            {
                "question": "Can I follow the summit online?",
                "anchor": "can-i-follow-the-summit-online",
                "answer": (
                    "<p>It depends on the edition: the 2020 summit took place online, and in 2024 the first day "
                    "could be followed online, with a registration of its own. Each summit's page says how to attend "
                    "and until when you can register.</p>"
                    "<p>Every registration is approved by the team first.</p>"
                ),
            },
        ],
    },
]

# The questions the 2024 summit page shows, from any category.
SUMMIT_2024_QUESTIONS = [
    "what-is-the-inhope-summit",
    "what-is-a-hotline",
    "what-is-the-universal-classification-schema",
    "what-is-the-inhope-network",
]
