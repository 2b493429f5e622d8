"""Builds the demo site. Every step looks for what it would create first, so a second
run changes nothing; `reset()` removes what the demo owns so that it can be rebuilt."""

from io import BytesIO

from django.conf import settings
from django.core.files.images import ImageFile
from django.db import transaction
from wagtail.images import get_image_model
from wagtail.models import Collection, DraftStateMixin, Locale, Page, Site
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from articles.models import ArticleIndexPage, ArticlePage, ArticlePageTopic, Source, Topic
from events.models import Speaker, SummitIndexPage, SummitPage, SummitSpeaker
from home.models import FaqCategory, FaqItem, FaqPage, FooterContent, HomePage, StandardPage
from network.models import Hotline, HotlineFinderPage

from . import articles, content, faq, images, network, summits
from .translations import TRANSLATIONS

DEMO_COLLECTION = "Demo images"
SITE_NAME = "INHOPE"


class DemoLoader:
    def __init__(self, stdout=None):
        self.stdout = stdout
        self.refs = {}
        self.created = []

    def log(self, message):
        self.created.append(message)
        if self.stdout is not None:
            self.stdout.write(f"  created {message}")

    @transaction.atomic
    def load(self):
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
        return self.created

    # Locales and images

    def ensure_locales(self):
        for code, _name in settings.LANGUAGES:
            _locale, created = Locale.objects.get_or_create(language_code=code)
            if created:
                self.log(f"locale {code}")

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
        # Wagtail's installer leaves a placeholder "Welcome" page; the demo home replaces it.
        for placeholder in root.get_children().exclude(content_type__model="homepage"):
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
        if self.refs.get("home:new"):
            self.publish_with(home, content.home_page(self.refs))

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

        finder = home.get_children().type(HotlineFinderPage).filter(slug="hotlines").specific().first()
        if finder is None:
            finder = HotlineFinderPage(slug="hotlines", **network.finder_page(self.refs))
            home.add_child(instance=finder)
            finder.save_revision().publish()
            self.log("page /hotlines/")
        self.refs["hotlines"] = finder

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

        index = home.get_children().type(ArticleIndexPage).filter(slug="articles").specific().first()
        if index is None:
            index = ArticleIndexPage(slug="articles", show_in_menus=True, **articles.INDEX)
            home.add_child(instance=index)
            index.save_revision().publish()
            self.log("page /articles/")
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

        page = home.get_children().type(FaqPage).filter(slug="faq").specific().first()
        if page is None:
            page = FaqPage(slug="faq", show_in_menus=False, **faq.PAGE)
            home.add_child(instance=page)
            page.save_revision().publish()
            self.log("page /faq/")
        self.refs["faq"] = page

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

        index = home.get_children().type(SummitIndexPage).filter(slug="summits").specific().first()
        if index is None:
            index = SummitIndexPage(slug="summits", show_in_menus=True, **summits.INDEX)
            home.add_child(instance=index)
            index.save_revision().publish()
            self.log("page /summits/")
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

    def ensure_translations(self):
        # Snippets come before the pages that point at them: FAQ categories and questions
        # before the summit that shows questions, topics and sources before the articles.
        sources = [
            *(self.refs[f"faq_category:{entry['anchor']}"] for entry in faq.CATEGORIES),
            *(self.refs[f"faq:{item['anchor']}"] for entry in faq.CATEGORIES for item in entry["items"]),
            *self.refs["hotline_list"],
            self.refs["home"],
            # Before the standard pages, whose blocks link to them.
            self.refs["hotlines"],
            self.refs["faq"],
            *(self.refs[key] for key, _build in content.PAGES),
            self.refs["footer"],
            *(self.refs[f"topic:{entry['slug']}"] for entry in articles.TOPICS),
            *(self.refs[f"source:{entry['slug']}"] for entry in articles.SOURCES),
            self.refs["articles"],
            *self.refs["news"],
            *(self.refs[f"speaker:{entry['key']}"] for entry in summits.SPEAKERS),
            self.refs["summits"],
            *self.refs["summit_pages"],
        ]
        for code, strings in TRANSLATIONS.items():
            locale = Locale.objects.get(language_code=code)
            translated_any = False
            for source_object in sources:
                if source_object.has_translation(locale):
                    continue
                self.translate(source_object, locale, strings)
                translated_any = True
            if translated_any:
                # The home page was translated before its children existed in this language;
                # syncing it again points its page links at the translated pages.
                self.translate(self.refs["home"], locale, strings)

    def translate(self, instance, locale, strings):
        source, _created = TranslationSource.get_or_create_from_instance(instance)
        translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
        for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
            text = strings.get(segment.string.data)
            if text:
                StringTranslation.objects.update_or_create(
                    translation_of=segment.string,
                    locale=locale,
                    context=segment.context,
                    defaults={"data": text},
                )
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
    """Source strings of the demo content that have no translation, per language.

    Used by the tests so that a translated demo page never falls back to English text.
    Page slugs are not among them: they are synchronised fields (`home.models.BasePage`),
    the same in every language, so translators are never asked for them.
    """
    missing = {}
    texts = StringSegment.objects.values_list("string__data", flat=True).distinct()
    for code, strings in TRANSLATIONS.items():
        missing[code] = sorted(text for text in texts if text not in strings)
    return missing


def reset():
    """Removes the demo pages (in every language), footers, topics, sources, speakers, FAQ, images and site."""
    root = Page.get_first_root_node()
    for page in root.get_children():
        page.delete()
    Site.objects.all().delete()
    FooterContent.objects.all().delete()
    Hotline.objects.all().delete()
    Topic.objects.all().delete()
    Source.objects.all().delete()
    Speaker.objects.all().delete()
    FaqItem.objects.all().delete()  # before their categories, which they protect
    FaqCategory.objects.all().delete()
    TranslationSource.objects.all().delete()
    get_image_model().objects.filter(collection__name=DEMO_COLLECTION).delete()
