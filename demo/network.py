"""The member hotlines the facts name, and the "Find your hotline" page.

Only what the facts state is filled in: a hotline whose joining year or membership status
is not known leaves it empty. The web addresses are the organisations' home pages; the
hotlines' own reporting pages should be checked before a real launch.
"""

HOTLINES = [
    {
        "name": "SafenetBG",
        "country": "BG",
        "website": "https://www.safenet.bg/",
        "status": "full",
        "year_joined": 2006,
        "description": (
            "Bulgaria's hotline, a member since 2006. It has handled more than 620,000 reports, and the Bulgarian "
            "Ministry of Interior recognised its work in 2015."
        ),
    },
    {
        "name": "Te Protejo",
        "country": "MX",
        "website": "https://www.teprotejomexico.org/",
        "status": "provisional",
        "year_joined": 2022,
        "description": "Mexico's reporting line, which joined the network as a provisional member in 2022.",
    },
    {
        "name": "Isigurt / CRCA",
        "country": "AL",
        "website": "https://www.isigurt.al/",
        "status": "provisional",
        "year_joined": 2022,
        "description": "Albania's hotline, a provisional member since 2022.",
    },
    {
        "name": "NetPatrola",
        "country": "RS",
        "website": "https://www.netpatrola.rs/",
        "status": "provisional",
        "year_joined": 2022,
        "description": "Serbia's hotline for illegal online content, a provisional member since 2022.",
    },
    {
        "name": "Internet Hotline Center Japan",
        "country": "JP",
        "website": "https://www.internethotline.jp/",
        "status": "provisional",
        "year_joined": 2022,
        "description": "Japan's hotline (SIEMPLE), a provisional member since 2022.",
    },
    {
        "name": "INCIBE",
        "country": "ES",
        "website": "https://www.incibe.es/",
        "status": "full",
        "year_joined": 2022,
        "description": "Spain's hotline, a full member since 2022.",
    },
    {
        "name": "ECPAT Philippines",
        "country": "PH",
        "website": "https://ecpat.org.ph/",
        "status": "full",
        "year_joined": 2022,
        "description": "The hotline for the Philippines, a full member since 2022.",
    },
    {
        "name": "APLE",
        "country": "KH",
        "website": "https://www.aplecambodia.org/",
        "status": "full",
        "year_joined": 2022,
        "description": "Cambodia's hotline, a full member since 2022.",
    },
    {
        "name": "ECPAT Sweden",
        "country": "SE",
        "website": "https://www.ecpat.se/",
        "description": "A member hotline in Sweden.",
    },
    {
        "name": "Save the Children Denmark",
        "country": "DK",
        "website": "https://redbarnet.dk/",
        "description": "A member hotline in Denmark.",
    },
    {
        "name": "Save the Children Finland",
        "country": "FI",
        "website": "https://www.pelastakaalapset.fi/",
        "description": "A member hotline in Finland.",
    },
    {
        "name": "SafeLine",
        "country": "GR",
        "website": "https://www.safeline.gr/",
        "description": "Greece's hotline, which works with the UK Revenge Porn Helpline.",
    },
]


def finder_page(refs):
    return {
        "title": "Find your hotline",
        "show_in_menus": True,
        "search_description": "Find the member hotline in your country and report child sexual abuse material safely.",
        "introduction": (
            "Choose your country to see where to report. Every member hotline accepts reports anonymously."
        ),
        "safety_notice": (
            "<p>Never download, save, screenshot or forward the material, not even to report it: that can be a "
            "crime in itself. Copy only the web address and give it to the hotline.</p>"
        ),
        "no_hotline_text": (
            "<p>Your country does not have a member hotline yet. You can still report: send the web address to "
            "the hotline of the country where the website is hosted, or to your national police.</p>"
        ),
        "other_route_page": refs["report"],
    }
