"""Problems with codes that mypy must reject.

Not run: tests/typing/test_problem_code_types.py type-checks this file with ``mypy --strict``
and checks that mypy's error on each line starts with the ``# E:`` comment above it (mypy spells
out every code of the Literal after ``expected``).
"""

from __future__ import annotations

from sfdsl.errors import Problem

# A code that is not in the table of codes.
# E: Argument 3 to "Problem" has incompatible type "Literal['no-such-code']"; expected "Literal[
Problem("odd", "States.A", "no-such-code")
# E: Argument "code" to "Problem" has incompatible type "Literal['invalid-feild']"; expected "Literal[
Problem("odd", code="invalid-feild")
