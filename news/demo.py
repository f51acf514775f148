"""Demo content of the news app: the "Offenbach hilft" guide."""

from news.guide import demo as guide_demo


def load(stdout):
    guide_demo.load(stdout)
