"""OParl 1.1 for the Kompetenzteam Integration: `/oparl/v1/`.

- `sources.py`: which rows each OParl type serves, with their `created`,
  `modified` and whether the public may see them, and how one becomes JSON;
- `listing.py`: filters, stable order, pagination, deleted objects;
- `views.py`: the endpoints (JSON, CORS, ETag/Last-Modified, JSON errors);
- `signals.py`: tombstones for deleted rows.

See docs/oparl.md."""
