"""Builds the demo site. Every step looks for what it would create first, so a second
run changes nothing; `reset()` removes what the demo created (and nothing an editor made)
so that it can be rebuilt. Translations come from the PO files in `demo/locale/`."""

from io import BytesIO

from django.conf import settings
from django.contrib.admin.utils import NestedObjects
from django.contrib.contenttypes.models import ContentType
from django.core.files.images import ImageFile
from django.db import DEFAULT_DB_ALIAS, transaction
from django.db.models import ProtectedError, RestrictedError
from wagtail.images import get_image_model
from wagtail.models import Collection, DraftStateMixin, Locale, Page, Site
from wagtail_localize.models import StringSegment, TranslatableObject, Translation, TranslationSource

from articles.models import ArticleIndexPage, ArticlePage, ArticlePageTopic, Source, Topic
from core.indexing import indexes_updated_once_at_the_end
from core.models import FooterContent
from core.translator_roles import ensure_moderators_group, ensure_translator_group
from events.models import Speaker, SummitIndexPage, SummitPage, SummitSpeaker
from faq.models import FaqCategory, FaqItem, FaqPage
from home.models import HomePage, StandardPage
from network.models import Hotline, HotlineFinderPage

from . import articles, content, faq, images, network, summits
from .translations import catalogues, complete_languages

DEMO_COLLECTION = "Demo images"
SITE_NAME = "INHOPE"


class DemoLoader:
    def __init__(self, stdout=None, refresh_home=False):
        """`refresh_home` fills the home page again even though it exists: after a reset that
        kept it (an editor's page lives under it), its links must point at the rebuilt pages."""
        self.stdout = stdout
        self.refresh_home = refresh_home
        self.refs = {}
        self.created = []

    def log(self, message):
        self.created.append(message)
        if self.stdout is not None:
            self.stdout.write(f"  created {message}")

    @transaction.atomic
    def load(self):
        with indexes_updated_once_at_the_end():
            return self._load()

    def _load(self):
        self.ensure_locales()
        self.ensure_images()
        home = self.ensure_home()
        new_pages = [self.ensure_standard_page(home, key, build) for key, build in content.PAGES]
        # The about and report pages link to the hotline finder and show FAQ questions.
        self.ensure_network(home)
        self.ensure_faq(home)
        # Pages link to each other, so their content is filled once all of them exist.
        for page, build in new_pages:
            if page is not None:
                self.publish_with(page, build(self.refs))
        self.fill_home(home)
        self.ensure_footer()
        self.ensure_news(home)
        self.ensure_summits(home)
        self.ensure_translations()
        self.ensure_roles()
        return self.created

    # Locales and images

    def ensure_locales(self):
        for code, _name in settings.LANGUAGES:
            _locale, created = Locale.objects.get_or_create(language_code=code)
            if created:
                self.log(f"locale {code}")

    def ensure_roles(self):
        """The moderators and each language's translators, as `add_language` makes them
        (the translators' page permission is on their language's home page, so this runs
        after the translations)."""
        ensure_moderators_group()
        for locale in Locale.objects.exclude(language_code=settings.LANGUAGE_CODE):
            ensure_translator_group(locale)

    def ensure_images(self):
        root = Collection.get_first_root_node() or Collection.add_root(name="Root")
        collection = Collection.objects.filter(name=DEMO_COLLECTION).first()
        if collection is None:
            collection = root.add_child(name=DEMO_COLLECTION)
            self.log(f"collection {DEMO_COLLECTION}")
        Image = get_image_model()
        for name, description in content.IMAGES.items():
            title = f"Demo: {name}"
            image = Image.objects.filter(title=title, collection=collection).first()
            if image is None:
                image = Image(title=title, collection=collection, description=description)
                image.file = ImageFile(BytesIO(images.render_jpeg(name)), name=f"demo-{name}.jpg")
                image.save()
                self.log(f"image {title}")
            self.refs[f"image:{name}"] = image

    # Pages

    def ensure_home(self):
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        if site and isinstance(site.root_page.specific, HomePage):
            return site.root_page.specific
        root = Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", slug="root"))
        # Wagtail's installer leaves a placeholder "Welcome" page (a plain `Page`, which editors
        # cannot create); the demo home replaces it. Anything else at the top stays.
        for placeholder in root.get_children().filter(content_type=ContentType.objects.get_for_model(Page)):
            placeholder.delete()
        home = HomePage(title="Home", slug="home", hero_heading="Home", locale=self.default_locale())
        root.add_child(instance=home)
        Site.objects.filter(is_default_site=True).delete()
        Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True, site_name=SITE_NAME)
        self.log("home page and site")
        self.refs["home:new"] = True
        return home

    def ensure_standard_page(self, home, slug, build):
        """Returns (page, build) for a page it created, (None, build) for one already there."""
        existing = home.get_children().filter(slug=slug).specific().first()
        if existing is not None:
            self.refs[slug] = existing
            return None, build
        page = StandardPage(title=slug, slug=slug, live=False)
        home.add_child(instance=page)
        self.refs[slug] = page
        self.log(f"page /{slug}/")
        return page, build

    def fill_home(self, home):
        self.refs["home"] = home
        if self.refs.get("home:new") or self.refresh_home:
            self.publish_with(home, content.home_page(self.refs))

    def ensure_child_page(self, parent, model, slug, content_fields, **fields):
        """The `model` page at `slug` under `parent`; made and published when missing, its
        content from `content_fields()` (only called then: it may need pages made since)."""
        page = parent.get_children().type(model).filter(slug=slug).specific().first()
        if page is None:
            page = model(slug=slug, **fields, **content_fields())
            parent.add_child(instance=page)
            page.save_revision().publish()
            self.log(f"page /{slug}/")
        return page

    @staticmethod
    def publish_with(page, data):
        for field, value in data.items():
            setattr(page, field, value)
        page.save_revision().publish()

    @staticmethod
    def default_locale():
        return Locale.objects.get(language_code=settings.LANGUAGE_CODE)

    def ensure_footer(self):
        default_locale = self.default_locale()
        footer = FooterContent.objects.filter(locale=default_locale).first()
        if footer is None:
            footer = FooterContent(locale=default_locale, **content.footer(self.refs))
            footer.save()
            self.log("footer")
        self.refs["footer"] = footer

    # Member network

    def ensure_network(self, home):
        locale = self.default_locale()
        self.refs["hotline_list"] = []
        for entry in network.HOTLINES:
            hotline = Hotline.objects.filter(locale=locale, name=entry["name"]).first()
            if hotline is None:
                hotline = Hotline(locale=locale, **entry)
                hotline.save()
                hotline.save_revision().publish()
                self.log(f"hotline {hotline}")
            self.refs["hotline_list"].append(hotline)

        self.refs["hotlines"] = self.ensure_child_page(
            home, HotlineFinderPage, "hotlines", lambda: network.finder_page(self.refs)
        )

    # News

    def ensure_news(self, home):
        locale = self.default_locale()
        for model, entries in ((Topic, articles.TOPICS), (Source, articles.SOURCES)):
            for entry in entries:
                instance = model.objects.filter(locale=locale, slug=entry["slug"]).first()
                if instance is None:
                    instance = model.objects.create(locale=locale, **entry)
                    self.log(f"{model._meta.verbose_name} {instance}")
                self.refs[f"{model.__name__.lower()}:{entry['slug']}"] = instance

        index = self.ensure_child_page(home, ArticleIndexPage, "articles", lambda: articles.INDEX, show_in_menus=True)
        self.refs["articles"] = index

        self.refs["news"] = []
        for entry in articles.ARTICLES:
            article = index.get_children().filter(slug=entry["slug"]).specific().first()
            if article is None:
                article = ArticlePage(
                    slug=entry["slug"],
                    title=entry["title"],
                    date=entry["date"],
                    source=self.refs[f"source:{entry['source']}"],
                    summary=entry["summary"],
                    hero_image=self.refs[f"image:{entry['image']}"],
                    hero_image_alt=articles.IMAGE_ALT[entry["image"]],
                    body=[content.paragraph(f"<p>{text}</p>") for text in entry["body"]],
                )
                for position, slug in enumerate(entry["topics"]):
                    article.topic_links.add(ArticlePageTopic(topic=self.refs[f"topic:{slug}"], sort_order=position))
                index.add_child(instance=article)
                article.save_revision().publish()
                self.log(f"article /articles/{entry['slug']}/")
            self.refs["news"].append(article)

    # FAQ

    def ensure_faq(self, home):
        locale = self.default_locale()
        for category_position, entry in enumerate(faq.CATEGORIES, start=1):
            category = FaqCategory.objects.filter(locale=locale, anchor=entry["anchor"]).first()
            if category is None:
                category = FaqCategory.objects.create(
                    locale=locale, name=entry["name"], anchor=entry["anchor"], sort_order=category_position * 10
                )
                self.log(f"FAQ category {category}")
            self.refs[f"faq_category:{entry['anchor']}"] = category
            for item_position, item_entry in enumerate(entry["items"], start=1):
                item = FaqItem.objects.filter(locale=locale, anchor=item_entry["anchor"]).first()
                if item is None:
                    item = FaqItem.objects.create(
                        locale=locale, category=category, sort_order=item_position * 10, **item_entry
                    )
                    self.log(f"FAQ item {item}")
                self.refs[f"faq:{item_entry['anchor']}"] = item

        self.refs["faq"] = self.ensure_child_page(home, FaqPage, "faq", lambda: faq.PAGE, show_in_menus=False)

    # Summits

    def ensure_summits(self, home):
        locale = self.default_locale()
        collection = Collection.objects.get(name=DEMO_COLLECTION)
        Image = get_image_model()
        for entry in summits.SPEAKERS:
            speaker = Speaker.objects.filter(locale=locale, name=entry["name"]).first()
            if speaker is None:
                initials = "".join(word[0] for word in entry["name"].split())
                photo = Image(title=f"Demo: speaker {entry['name']}", collection=collection, description="")
                photo.file = ImageFile(
                    BytesIO(images.render_avatar(initials, entry["colour"])), name=f"demo-speaker-{entry['key']}.jpg"
                )
                photo.save()
                fields = {key: entry[key] for key in ("name", "role", "organisation", "bio")}
                speaker = Speaker.objects.create(locale=locale, photo=photo, **fields)
                self.log(f"speaker {speaker}")
            self.refs[f"speaker:{entry['key']}"] = speaker

        index = self.ensure_child_page(home, SummitIndexPage, "summits", lambda: summits.INDEX, show_in_menus=True)
        self.refs["summits"] = index

        self.refs["summit_pages"] = []
        for entry in [*summits.PAST_EDITIONS, summits.summit_2024(self.refs)]:
            summit = index.get_children().filter(slug=entry["slug"]).specific().first()
            if summit is None:
                fields = {key: value for key, value in entry.items() if key != "speaker_keys"}
                summit = SummitPage(**fields)
                for position, key in enumerate(entry.get("speaker_keys", [])):
                    summit.speaker_links.add(SummitSpeaker(speaker=self.refs[f"speaker:{key}"], sort_order=position))
                index.add_child(instance=summit)
                summit.save_revision().publish()
                self.log(f"summit /summits/{entry['slug']}/")
            self.refs["summit_pages"].append(summit)

    # Translations

    def key_path(self):
        """What a visitor needs first, in the order to translate it: the FAQ, the member
        hotlines, the home, finder, FAQ, about and report pages, the footer, and the front
        of the news and summits (topics and sources, the news listing with its three newest
        articles, the summits listing and the latest edition with its speakers). Languages
        whose demo PO files cover only this (one site.po) get only this; the rest of their
        site is honestly absent (the language switcher leads to their home page instead)."""
        newest_articles = sorted(self.refs["news"], key=lambda article: article.date, reverse=True)[:3]
        latest_summit = max(self.refs["summit_pages"], key=lambda summit: summit.year)
        return [
            *(self.refs[f"faq_category:{entry['anchor']}"] for entry in faq.CATEGORIES),
            *(self.refs[f"faq:{item['anchor']}"] for entry in faq.CATEGORIES for item in entry["items"]),
            *self.refs["hotline_list"],
            self.refs["home"],
            # Before the standard pages, whose blocks link to them.
            self.refs["hotlines"],
            self.refs["faq"],
            self.refs["about"],
            self.refs["report"],
            self.refs["footer"],
            *(self.refs[f"topic:{entry['slug']}"] for entry in articles.TOPICS),
            *(self.refs[f"source:{entry['slug']}"] for entry in articles.SOURCES),
            self.refs["articles"],
            *newest_articles,
            *(self.refs[f"speaker:{entry['key']}"] for entry in summits.SPEAKERS),
            self.refs["summits"],
            latest_summit,
        ]

    def everything(self):
        """Every translatable demo object, snippets before the pages that point at them:
        FAQ questions before the summit that shows them, topics and sources before the
        articles."""
        key_path = self.key_path()
        rest = [
            *(self.refs[key] for key, _build in content.PAGES),
            *self.refs["news"],
            *self.refs["summit_pages"],
        ]
        return [*key_path, *(item for item in rest if item not in key_path)]

    def ensure_translations(self):
        languages = {code for code, _name in settings.LANGUAGES}
        complete = complete_languages()
        for code, strings in catalogues().items():
            if code not in languages:
                if self.stdout is not None:
                    self.stdout.write(f"  skipped {code}: it has demo PO files but is not in settings.LANGUAGES")
                continue
            locale = Locale.objects.get(language_code=code)
            translated_any = False
            for source_object in self.everything() if code in complete else self.key_path():
                if source_object.has_translation(locale):
                    continue
                self.translate(source_object, locale, strings)
                translated_any = True
            if translated_any:
                # The home page was translated before its children existed in this language;
                # syncing it again points its page links at the translated pages.
                self.translate(self.refs["home"], locale, strings)

    def translate(self, instance, locale, strings):
        """Translates `instance` into `locale` as a translator would with a PO file: download
        the translation's PO file from wagtail-localize, fill in the msgstr of every entry the
        demo catalogue knows, upload it (`Translation.import_po`), then publish."""
        source, _created = TranslationSource.get_or_create_from_instance(instance)
        translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
        po = translation.export_po()
        for entry in po:
            if not entry.obsolete and strings.get(entry.msgid):
                entry.msgstr = strings[entry.msgid]
        for warning in translation.import_po(po, tool_name="PO File"):
            raise RuntimeError(f"{instance}: {warning}")
        if isinstance(instance, DraftStateMixin):
            # wagtail-localize's own publish waits for the outermost commit and then saves
            # the translation object it held in memory, with the tree fields (numchild) it had
            # then. The loader adds the translated children before that commit, so the
            # deferred publish would write numchild = 0 back over the News and Summits
            # indexes and break the next `add_child`. Publishing now, from a fresh read of
            # the revision, keeps the tree as the database has it.
            translation.save_target(publish=False)
            instance.get_translation(locale).get_latest_revision().publish()
        else:
            translation.save_target()
        self.log(f"{locale.language_code} translation of {instance}")


def untranslated_strings():
    """Source strings of the demo content translated into a language that its demo PO files
    leave untranslated, per language with PO files.

    Used by the tests so that a translated demo page never falls back to English text.
    Page slugs are not among them: they are synchronised fields (`core.models.BasePage`),
    the same in every language, so translators are never asked for them.
    """
    untranslated = {}
    for code, strings in catalogues().items():
        translated_sources = StringSegment.objects.filter(source__translations__target_locale__language_code=code)
        texts = translated_sources.values_list("string__data", flat=True).distinct()
        untranslated[code] = sorted(text for text in texts if text not in strings)
    return untranslated


# Reset: what the demo created, found by the natural keys of the demo data.

# Apps whose rows a deletion may take along without touching anyone's content: revisions,
# workflow states and logs (wagtailcore), renditions, search entries, tags, translation data.
BOOKKEEPING_APPS = {"wagtailcore", "wagtailimages", "wagtailsearch", "wagtail_localize", "taggit", "wagtailadmin"}


def demo_home():
    """The home page the loader builds on: the default site's root, when it is a home page."""
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is not None and site.root_page.specific_class is HomePage:
        return site.root_page
    return None


def demo_page_keys(home):
    """Translation keys of the pages the demo builds, found under its home by slug and type."""
    keys = {home.translation_key}
    plan = {slug: StandardPage for slug, _build in content.PAGES} | {"hotlines": HotlineFinderPage, "faq": FaqPage}
    for page in Page.objects.child_of(home).filter(slug__in=plan):
        if page.specific_class is plan[page.slug]:
            keys.add(page.translation_key)
    sections = (
        ("articles", ArticleIndexPage, ArticlePage, [entry["slug"] for entry in articles.ARTICLES]),
        (
            "summits",
            SummitIndexPage,
            SummitPage,
            [entry["slug"] for entry in summits.PAST_EDITIONS] + [summits.EDITION_2024_SLUG],
        ),
    )
    for slug, index_model, child_model, child_slugs in sections:
        index = Page.objects.child_of(home).type(index_model).filter(slug=slug).first()
        if index is not None and index.specific_class is index_model:
            keys.add(index.translation_key)
            children = Page.objects.child_of(index).type(child_model).filter(slug__in=child_slugs)
            keys.update(children.values_list("translation_key", flat=True))
    return keys


def demo_snippets(default_locale):
    """The snippets the demo creates, by model, in deletion order (FAQ items before the
    categories they protect, speakers before their photos), found by their natural keys."""
    in_default = {"locale": default_locale}
    return [
        (
            FooterContent,
            FooterContent.objects.filter(
                **in_default, organisation_name=content.ORGANISATION, contact_email=content.CONTACT_EMAIL
            ),
        ),
        (Hotline, Hotline.objects.filter(**in_default, name__in=[entry["name"] for entry in network.HOTLINES])),
        (
            FaqItem,
            FaqItem.objects.filter(
                **in_default, anchor__in=[item["anchor"] for entry in faq.CATEGORIES for item in entry["items"]]
            ),
        ),
        (
            FaqCategory,
            FaqCategory.objects.filter(**in_default, anchor__in=[entry["anchor"] for entry in faq.CATEGORIES]),
        ),
        (Topic, Topic.objects.filter(**in_default, slug__in=[entry["slug"] for entry in articles.TOPICS])),
        (Source, Source.objects.filter(**in_default, slug__in=[entry["slug"] for entry in articles.SOURCES])),
        (Speaker, Speaker.objects.filter(**in_default, name__in=[entry["name"] for entry in summits.SPEAKERS])),
    ]


def demo_image_titles():
    return [f"Demo: {name}" for name in content.IMAGES] + [
        f"Demo: speaker {entry['name']}" for entry in summits.SPEAKERS
    ]


def in_use(instances):
    """Whether deleting `instances` would delete, empty a field of, or be blocked by anything
    other than themselves and bookkeeping rows: then someone else's content uses them."""
    collector = NestedObjects(using=DEFAULT_DB_ALIAS)
    try:
        collector.collect(list(instances))
    except (ProtectedError, RestrictedError):
        return True
    if collector.protected:  # the admin's collector records protected objects instead of raising
        return True
    own = {type(instance) for instance in instances}
    for model, found in collector.data.items():
        if found and model not in own and model._meta.app_label not in BOOKKEEPING_APPS:
            return True
    deleted = {(obj._meta.concrete_model, obj.pk) for found in collector.data.values() for obj in found}
    for (field, _value), batches in collector.field_updates.items():
        if field.model._meta.app_label in BOOKKEEPING_APPS:
            continue
        # A field emptied on a row that goes anyway (a snippet's own latest revision) is no use.
        if any((obj._meta.concrete_model, obj.pk) not in deleted for batch in batches for obj in batch):
            return True
    return False


def reset():
    """Removes what the demo created, and nothing else: its pages (in every language), its
    snippets and their translations, its images, and its site when its home page goes.

    A demo page that an editor's page lives under stays (with the editor's page), and so does
    a demo snippet or image that other content still uses; the loader reuses them when it
    builds the demo again. Returns (what was removed, what was kept) as lists of labels."""
    removed, kept = [], []
    removed_keys = set()  # translation keys of every removed page and snippet, in all its languages
    home = demo_home()
    if home is not None:
        keys = demo_page_keys(home)
        demo_pages = list(Page.objects.filter(translation_key__in=keys).order_by("path"))
        tops = []
        for page in demo_pages:
            if not any(page.path.startswith(top) for top in tops):
                tops.append(page.path)
                _remove_page_tree(page, keys, removed, kept)
        removed_keys |= keys - set(
            Page.objects.filter(translation_key__in=keys).values_list("translation_key", flat=True)
        )

    for model, queryset in demo_snippets(Locale.get_default()):
        for source in queryset:
            group = list(model.objects.filter(translation_key=source.translation_key))
            if in_use(group):
                kept.append(f"{model._meta.verbose_name} {source} (in use)")
                continue
            for instance in group:
                instance.delete()
            removed.append(f"{model._meta.verbose_name} {source}")
            removed_keys.add(source.translation_key)

    collection = Collection.objects.filter(name=DEMO_COLLECTION).first()
    if collection is not None:
        for image in get_image_model().objects.filter(collection=collection, title__in=demo_image_titles()):
            if in_use([image]):
                kept.append(f"image {image.title} (in use)")
                continue
            image.delete()
            removed.append(f"image {image.title}")
        if not get_image_model().objects.filter(collection=collection).exists() and collection.is_leaf():
            collection.delete()
            removed.append(f"collection {DEMO_COLLECTION}")

    # What translators were asked for and answered, for the objects that are gone: their
    # translation sources, translations, segments and string translations go with them.
    TranslatableObject.objects.filter(translation_key__in=removed_keys).delete()
    return removed, kept


def _remove_page_tree(page, demo_keys, removed, kept):
    """Deletes `page` with its subtree when every page in it is the demo's; otherwise keeps it
    and looks at its children."""
    if not page.get_descendants().exclude(translation_key__in=demo_keys).exists():
        removed.append(f"page {page.url_path} ({page.locale.language_code}) and below")
        page.delete()
        return
    kept.append(f"page {page.url_path} ({page.locale.language_code}): other pages live under it")
    for child in page.get_children().filter(translation_key__in=demo_keys):
        _remove_page_tree(child, demo_keys, removed, kept)
