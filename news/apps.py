from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from offenbach_portal.core.groups import ALL_MODELS, EDITORS, OFFICE


class NewsConfig(AppConfig):
    name = "news"
    verbose_name = _("Aktuelles und Offenbach hilft")
    staff_permissions = {OFFICE: ALL_MODELS, EDITORS: ALL_MODELS}

    def ready(self):
        from committees import extensions as committee_extensions
        from offenbach_portal.core import home, navigation, search, sitemaps
        from orgs import extensions as org_extensions
        from programmes import extensions as programme_extensions

        from . import sections
        from .guide.models import Topic, TopicTranslation
        from .guide.search import topic_entries, translation_topic
        from .models import Article
        from .search import article_entries
        from .sitemaps import SITEMAPS

        navigation.register("news:index", _("Aktuelles"), order=10)
        navigation.register("news:guide", _("Offenbach hilft"), order=20)
        search.register_index("article", _("Aktuelles"), Article, article_entries, order=20)
        for name, sitemap in SITEMAPS.items():
            sitemaps.register(name, sitemap)
        home.register(sections.latest_articles_section)
        org_extensions.register_profile_section(sections.organisation_section)
        committee_extensions.register_meeting_section(sections.meeting_section)
        programme_extensions.programme_section_registry.register(sections.programme_section)
        programme_extensions.project_section_registry.register(sections.project_section)

        # The guide (news/guide/): its permissions, search and sitemap sections.
        from .guide import rules as guide_rules  # noqa: F401
        from .guide.sitemaps import SITEMAPS as GUIDE_SITEMAPS

        search.register_index("guide", _("Offenbach hilft"), Topic, topic_entries, order=30)
        search.register_dependency(TopicTranslation, translation_topic)
        for name, sitemap in GUIDE_SITEMAPS.items():
            sitemaps.register(name, sitemap)
