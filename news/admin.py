from news.guide import admin as guide_admin  # noqa: F401
