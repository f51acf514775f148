"""Constraint errors where the form shows them."""

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError


class ConstraintFieldsMixin:
    """Report a database constraint's violation on the form field it concerns
    (looked up by the constraint's `violation_error_code` in
    `CONSTRAINT_FIELDS`), not above the form. A field the form does not show
    (`exclude`) keeps the error above the form, so it is never lost."""

    CONSTRAINT_FIELDS = {}

    def validate_constraints(self, exclude=None):
        try:
            super().validate_constraints(exclude=exclude)
        except ValidationError as error:
            by_field = {}
            for field, messages in error.error_dict.items():
                for message in messages:
                    target = self.CONSTRAINT_FIELDS.get(message.code, field) if field == NON_FIELD_ERRORS else field
                    if exclude and target in exclude:
                        target = NON_FIELD_ERRORS
                    by_field.setdefault(target, []).append(message)
            raise ValidationError(by_field) from error
