from django.db import models  # noqa: F401

from news.guide.models import *  # noqa: F403
