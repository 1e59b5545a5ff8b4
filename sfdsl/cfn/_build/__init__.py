"""The builders that add an :class:`~sfdsl.cfn.App`'s resources to a troposphere template.

Layers, low to high: ``parameters`` and ``context`` (the template being filled and what the
builders share), ``common`` (trust and resource policies, the role that starts a machine),
the builders of each kind of resource (``functions``, ``roles``, ``raw``, ``alarms``,
``eventbridge``, ``schedules``, ``apigateway``, ``versions``, ``checks``), then ``machines``.
They read the option values of the modules below them (``sfdsl.cfn._app``, ``_lambda``, ...),
never the reverse.
"""
