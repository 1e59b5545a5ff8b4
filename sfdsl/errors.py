"""Errors raised by sfdsl.

Every error is an :class:`SfdslError`; catch that to handle any sfdsl failure.
Errors that describe a workflow carry :class:`Problem` records, each with the
JSON path of the offending field inside the ASL document, so every problem can
be reported at once.

Example:
    >>> from sfdsl.errors import Problem, ValidationError
    >>> err = ValidationError(
    ...     [Problem("Next target 'Ship' does not exist", "States.Fetch.Next")],
    ...     subject="state machine 'Orders'",
    ... )
    >>> print(err)
    invalid state machine 'Orders' (1 problem):
      - Next target 'Ship' does not exist  @ States.Fetch.Next
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import ClassVar, Literal

import attrs

Severity = Literal["error", "warning"]
"""How bad a `Problem` is: an ``error`` makes the workflow invalid, a ``warning`` does not."""


@attrs.frozen
class Problem:
    """One problem found in a workflow, located by its path in the ASL document.

    Example:
        >>> print(Problem("BackoffRate must be >= 1.0 (got 0.5)", "States.Charge.Retry[0]"))
        BackoffRate must be >= 1.0 (got 0.5)  @ States.Charge.Retry[0]
    """

    message: str
    path: str = ""
    code: str = "invalid"
    severity: Severity = "error"

    def __str__(self) -> str:
        return f"{self.message}  @ {self.path}" if self.path else self.message

    def under(self, prefix: str) -> Problem:
        """Return the same problem with *prefix* put in front of its path.

        Example:
            >>> print(Problem("bad", "Next").under("States.A"))
            bad  @ States.A.Next
        """
        if not prefix:
            return self
        path = (
            f"{prefix}.{self.path}"
            if self.path and not self.path.startswith("[")
            else prefix + self.path
        )
        return attrs.evolve(self, path=path)


class SfdslError(Exception):
    """Base class of every error sfdsl raises.

    Example:
        >>> issubclass(ValidationError, SfdslError)
        True
    """

    code: ClassVar[str] = "sfdsl-error"


class ValidationError(SfdslError, ValueError):
    """A workflow (or part of one) is invalid; :attr:`problems` lists every problem.

    Example:
        >>> err = ValidationError([Problem("a"), Problem("b", "States.X")])
        >>> len(err.problems)
        2
    """

    code: ClassVar[str] = "invalid-workflow"

    def __init__(self, problems: Iterable[Problem], subject: str = "workflow") -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        self.subject = subject
        super().__init__(self._render())

    @property
    def errors(self) -> tuple[Problem, ...]:
        """The problems of severity ``error``.

        Example:
            >>> warning = Problem("odd", "States.B", severity="warning")
            >>> err = ValidationError([Problem("bad", "States.A"), warning])
            >>> [p.message for p in err.errors]
            ['bad']
        """
        return tuple(p for p in self.problems if p.severity == "error")

    def _render(self) -> str:
        n = len(self.problems)
        if n == 1 and not self.problems[0].path and self.subject == "workflow":
            return self.problems[0].message
        head = f"invalid {self.subject} ({n} problem{'s' if n != 1 else ''}):"
        return "\n".join([head, *(f"  - {p}" for p in self.problems)])


class InvalidFieldError(ValidationError):
    """A field of a state, rule or machine has a wrong value.

    Example:
        >>> err = InvalidFieldError("BackoffRate", "a number >= 1.0", 0.5, where="Retry[0] of state 'Charge'")
        >>> print(err)
        Retry[0] of state 'Charge': BackoffRate must be a number >= 1.0, got 0.5
    """

    code: ClassVar[str] = "invalid-field"

    def __init__(
        self,
        field: str,
        expected: str,
        got: object,
        *,
        where: str = "",
        fix: str = "",
        path: str = "",
        code: str = "invalid-field",
    ) -> None:
        self.field = field
        self.expected = expected
        self.got = got
        self.where = where
        self.fix = fix
        msg = f"{field} must be {expected}, got {got!r}"
        if fix:
            msg += f"; {fix}"
        self.detail = msg
        prob_path = path or field
        super().__init__([Problem(msg, prob_path, code)])

    def _render(self) -> str:
        return f"{self.where}: {self.detail}" if self.where else self.detail


class InvalidPathError(ValidationError):
    """A JSONPath or reference path is malformed, or not allowed where it is used.

    Example:
        >>> issubclass(InvalidPathError, ValueError)
        True
    """

    code: ClassVar[str] = "invalid-path"


class InvalidIntrinsicError(ValidationError):
    """An intrinsic function call (``States.Format(...)`` and friends) is malformed.

    Example:
        >>> issubclass(InvalidIntrinsicError, SfdslError)
        True
    """

    code: ClassVar[str] = "invalid-intrinsic"


class InvalidConditionError(ValidationError):
    """A Choice condition is malformed or compares a value of the wrong type.

    Example:
        >>> issubclass(InvalidConditionError, ValueError)
        True
    """

    code: ClassVar[str] = "invalid-condition"


class DefinitionError(ValidationError):
    """An ASL document could not be read into sfdsl objects (bad JSON/YAML or structure).

    Example:
        >>> issubclass(DefinitionError, ValidationError)
        True
    """

    code: ClassVar[str] = "invalid-definition"


class LimitError(DefinitionError):
    """A document or input is larger, deeper or more expanded than sfdsl reads.

    Each limit and where it comes from is listed in docs/limits.md.

    Example:
        >>> issubclass(LimitError, DefinitionError)
        True
    """

    code: ClassVar[str] = "limit-exceeded"


class BuildError(ValidationError):
    """A CloudFormation template cannot be built from the given application.

    Example:
        >>> issubclass(BuildError, SfdslError)
        True
    """

    code: ClassVar[str] = "build-failed"


class IamDerivationError(BuildError):
    """No least-privilege IAM statement can be derived for a task; add them yourself.

    Example:
        >>> issubclass(IamDerivationError, BuildError)
        True
    """

    code: ClassVar[str] = "iam-derivation"


class ExecutionSetupError(SfdslError, ValueError):
    """A local run cannot start: bad input, mock configuration or options.

    Example:
        >>> issubclass(ExecutionSetupError, SfdslError)
        True
    """

    code: ClassVar[str] = "execution-setup"


class MockValidationError(ExecutionSetupError):
    """Mocked task results that the integration they stand for could never return.

    :attr:`problems` lists every one, each naming the mock, its state and the field.

    Example:
        >>> err = MockValidationError([Problem("w: field 'X' is not in a s3:listBuckets result",
        ...                                    "mocks['L'].X", "mock-unknown-field")], "present")
        >>> print(err)
        1 mocked result cannot come from its integration (mock validation 'present'; run with mock_validation='none' to skip the check):
          - w: field 'X' is not in a s3:listBuckets result  @ mocks['L'].X
    """

    code: ClassVar[str] = "mock-validation"

    def __init__(self, problems: Iterable[Problem], mode: str) -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        self.mode = mode
        n = len(self.problems)
        head = (
            f"{n} mocked result{'s' if n != 1 else ''} cannot come from "
            f"{'its integration' if n == 1 else 'their integrations'} (mock validation "
            f"{mode!r}; run with mock_validation='none' to skip the check):"
        )
        super().__init__("\n".join([head, *(f"  - {p}" for p in self.problems)]))


class TargetError(SfdslError, ValueError):
    """A command-line TARGET (file, module, ``:name``) cannot be loaded.

    Example:
        >>> issubclass(TargetError, SfdslError)
        True
    """

    code: ClassVar[str] = "bad-target"


class DiagramError(SfdslError, ValueError):
    """A diagram cannot be drawn or rendered (unknown format, graphviz missing or failing).

    Example:
        >>> issubclass(DiagramError, SfdslError)
        True
    """

    code: ClassVar[str] = "diagram-failed"


class SfdslWarning(UserWarning):
    """A warning about a workflow that is valid but likely to fail at run time.

    Example:
        >>> issubclass(SfdslWarning, UserWarning)
        True
    """


__all__ = [
    "BuildError",
    "DefinitionError",
    "DiagramError",
    "ExecutionSetupError",
    "IamDerivationError",
    "InvalidConditionError",
    "InvalidFieldError",
    "InvalidIntrinsicError",
    "InvalidPathError",
    "LimitError",
    "MockValidationError",
    "Problem",
    "Severity",
    "SfdslError",
    "SfdslWarning",
    "TargetError",
    "ValidationError",
]
