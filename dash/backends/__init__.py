"""Web-framework glue: each module binds the execution core (``dash._dispatch``) to one
server framework. ``_flask`` is the one Dash apps run on today."""
