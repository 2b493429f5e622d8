"""Which organisation a registrant counts against, for the "one or two per organisation"
limit of in-person registration.

Two registrations belong to the same organisation when their email addresses share a
domain (unless it is a public mail provider, where anyone can have an address), or when
their organisation names are the same once normalised ("Example Hotline B.V." and
"example hotline" are one organisation). Each registration is stored with both keys, so the
limit is one indexed query whatever the number of registrations.
"""

import re
import unicodedata

# Mail services where any member of the public can have an address: sharing one of these
# domains says nothing about sharing an organisation.
PUBLIC_MAIL_PROVIDERS = frozenset(
    {
        "aol.com",
        "fastmail.com",
        "gmail.com",
        "gmx.at",
        "gmx.de",
        "gmx.net",
        "googlemail.com",
        "hey.com",
        "hotmail.com",
        "icloud.com",
        "live.com",
        "mail.com",
        "mail.ru",
        "me.com",
        "msn.com",
        "naver.com",
        "outlook.com",
        "pm.me",
        "proton.me",
        "protonmail.com",
        "qq.com",
        "163.com",
        "126.com",
        "t-online.de",
        "tutanota.com",
        "web.de",
        "yahoo.co.jp",
        "yahoo.com",
        "yahoo.fr",
        "yandex.com",
        "yandex.ru",
        "zoho.com",
        "abv.bg",
        "seznam.cz",
        "libero.it",
        "orange.fr",
        "free.fr",
        "ziggo.nl",
        "kpnmail.nl",
    }
)

# Second-level labels under which organisations register their names (example.co.uk,
# example.org.au): the organisation's domain then has three labels, not two.
SECOND_LEVEL_LABELS = frozenset({"ac", "co", "com", "edu", "gov", "gv", "net", "or", "org", "ne", "go", "gob"})

# Words of legal form that do not tell organisations apart ("Example B.V." is "Example").
LEGAL_FORMS = frozenset(
    {
        "ab",
        "ag",
        "asbl",
        "bv",
        "co",
        "corp",
        "corporation",
        "company",
        "ev",
        "gmbh",
        "inc",
        "incorporated",
        "limited",
        "llc",
        "ltd",
        "nv",
        "plc",
        "sa",
        "sarl",
        "sas",
        "spa",
        "srl",
        "stichting",
        "the",
        "vzw",
    }
)


def email_domain(email):
    """The organisation's domain of an address: lower case, without subdomains
    ("a@mail.Example.org" → "example.org", "b@dept.example.co.uk" → "example.co.uk");
    "" for an address without a usable domain."""
    _local, separator, domain = (email or "").strip().rpartition("@")
    if not separator:
        return ""
    try:
        labels = domain.strip().rstrip(".").encode("idna").decode("ascii").lower().split(".")
    except UnicodeError:
        return ""
    labels = [label for label in labels if label]
    if len(labels) < 2:
        return ""
    keep = 3 if len(labels) >= 3 and len(labels[-1]) == 2 and labels[-2] in SECOND_LEVEL_LABELS else 2
    return ".".join(labels[-keep:])


def is_public_mail_provider(domain):
    return domain in PUBLIC_MAIL_PROVIDERS


def organisation_name_key(name):
    """A name as it compares: accents, case, punctuation and legal forms do not count
    ("Exämple Hotline, B.V." → "example hotline")."""
    text = unicodedata.normalize("NFKD", name or "")
    text = "".join(character for character in text if not unicodedata.combining(character)).casefold()
    # "B.V." and "e.V." lose their dots first, so they read as one word.
    text = re.sub(r"\b(\w)\.(?=\w\.)", r"\1", text).replace(".", "")
    words = [word for word in re.split(r"[\W_]+", text) if word and word not in LEGAL_FORMS]
    return " ".join(words)


def organisation_keys(email, organisation):
    """The keys a registration counts against: "domain:<domain>" (not for public mail
    providers) and "name:<normalised name>", each when there is one."""
    keys = set()
    domain = email_domain(email)
    if domain and not is_public_mail_provider(domain):
        keys.add(f"domain:{domain}")
    name = organisation_name_key(organisation)
    if name:
        keys.add(f"name:{name}")
    return keys


def same_organisation(first, second):
    """Whether two (email, organisation) pairs count against the same organisation."""
    return bool(organisation_keys(*first) & organisation_keys(*second))
