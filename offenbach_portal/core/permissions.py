"""Answer 404, in one place, for what a user may not see.

A members-only document or an unpublished profile does not exist for those
who may not see it: a 403 would confirm that it is there. Views either use
the decorator (function views) or the mixin (class-based views); both ask
the object permission registered with `rules`."""

from functools import wraps

from django.http import Http404
from rules.contrib.views import PermissionRequiredMixin


def get_object_or_404_for(user, perm, queryset, **lookup):
    """The object from `queryset` matching `lookup`, if `user` holds `perm` on
    it; otherwise Http404, exactly as if it did not exist."""
    obj = queryset.filter(**lookup).first()
    if obj is None or not user.has_perm(perm, obj):
        raise Http404
    return obj


def permission_required_404(perm, get_object):
    """Decorator for function views: `get_object(request, **kwargs)` returns
    the object (or None); the view receives it as `obj` when the user holds
    `perm` on it, everybody else gets 404."""

    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            obj = get_object(request, *args, **kwargs)
            if obj is None or not request.user.has_perm(perm, obj):
                raise Http404
            return view(request, *args, obj=obj, **kwargs)

        return wrapper

    return decorator


class PermissionRequired404Mixin(PermissionRequiredMixin):
    """For class-based views: `permission_required` checked against
    `get_object()`; a refusal is a 404, also for anonymous visitors."""

    def handle_no_permission(self):
        raise Http404
