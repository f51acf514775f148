from django.db import models  # noqa: F401
from news.guide.models import *  # noqa: E402,F401,F403
