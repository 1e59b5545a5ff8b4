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

from sfdsl._problem_codes import ProblemCode

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
    code: ProblemCode = "invalid"
    """What kind of problem this is; each code is explained on the errors page. sfdsl gives every
    problem it finds a specific code; ``"invalid"`` is left for problems built without one."""
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

    code: ClassVar[ProblemCode] = "sfdsl-error"


class ValidationError(SfdslError, ValueError):
    """A workflow (or part of one) is invalid; :attr:`problems` lists every problem.

    Example:
        >>> err = ValidationError([Problem("a"), Problem("b", "States.X")])
        >>> len(err.problems)
        2
    """

    code: ClassVar[ProblemCode] = "invalid-workflow"

    def __init__(self, problems: Iterable[Problem], subject: str = "workflow") -> None:
        self.problems: tuple[Problem, ...] = tuple(problems)
        self.subject = subject
        super().__init__(self._render())

    @classmethod
    def of(cls, problems: Iterable[Problem], subject: str = "workflow") -> ValidationError:
        """The error for *problems*: of the class of their kind when their errors are all of one.

        So the same mistake raises the same class however it is written: a malformed path in a
        state's field raises :class:`InvalidPathError`, as ``Var("x.y")`` does; an intrinsic
        function, :class:`InvalidIntrinsicError`; a Choice rule, :class:`InvalidConditionError`.
        Problems of several kinds raise the class ``of`` is called on.

        Example:
            >>> err = ValidationError.of([Problem("bad", "States.P.InputPath", "invalid-path")])
            >>> isinstance(err, InvalidPathError), err.problems[0].path
            (True, 'States.P.InputPath')
            >>> mixed = [Problem("bad", code="invalid-path"), Problem("odd", code="type")]
            >>> type(ValidationError.of(mixed)).__name__
            'ValidationError'
        """
        found = tuple(problems)
        kinds = {_CLASS_OF_CODE.get(p.code) for p in found if p.severity == "error"}
        kind = kinds.pop() if len(kinds) == 1 else None
        return (kind if kind is not None and issubclass(kind, cls) else cls)(found, subject)

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


class InvalidPathError(ValidationError):
    """A JSONPath or reference path is malformed, or not allowed where it is used.

    Example:
        >>> issubclass(InvalidPathError, ValueError)
        True
    """

    code: ClassVar[ProblemCode] = "invalid-path"


class InvalidIntrinsicError(ValidationError):
    """An intrinsic function call (``States.Format(...)`` and friends) is malformed.

    Example:
        >>> issubclass(InvalidIntrinsicError, SfdslError)
        True
    """

    code: ClassVar[ProblemCode] = "invalid-intrinsic"


class InvalidConditionError(ValidationError):
    """A Choice condition is malformed or compares a value of the wrong type.

    Example:
        >>> issubclass(InvalidConditionError, ValueError)
        True
    """

    code: ClassVar[ProblemCode] = "invalid-condition"


class DefinitionError(ValidationError):
    """An ASL document could not be read into sfdsl objects (bad JSON/YAML or structure).

    Example:
        >>> issubclass(DefinitionError, ValidationError)
        True
    """

    code: ClassVar[ProblemCode] = "invalid-definition"


class LimitError(DefinitionError):
    """A document or input is larger, deeper or more expanded than sfdsl reads.

    Each limit and where it comes from is listed in docs/limits.md.

    Example:
        >>> issubclass(LimitError, DefinitionError)
        True
    """

    code: ClassVar[ProblemCode] = "limit-exceeded"


class BuildError(ValidationError):
    """A CloudFormation template cannot be built from the given application.

    Example:
        >>> issubclass(BuildError, SfdslError)
        True
    """

    code: ClassVar[ProblemCode] = "build-failed"


class IamDerivationError(BuildError):
    """No least-privilege IAM statement can be derived for a task; add them yourself.

    Example:
        >>> issubclass(IamDerivationError, BuildError)
        True
    """

    code: ClassVar[ProblemCode] = "iam-derivation"


class ExecutionSetupError(SfdslError, ValueError):
    """A local run cannot start: bad input, mock configuration or options.

    Example:
        >>> issubclass(ExecutionSetupError, SfdslError)
        True
    """

    code: ClassVar[ProblemCode] = "execution-setup"


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

    code: ClassVar[ProblemCode] = "mock-validation"

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


class MissingMockError(ExecutionSetupError):
    """A local run reached a task state that has no mock; :attr:`state` and :attr:`resource` name it.

    Example:
        >>> err = MissingMockError("Charge", "arn:aws:states:::lambda:invoke")
        >>> err.problem
        "no mock for task state 'Charge' (resource 'arn:aws:states:::lambda:invoke')"
        >>> err.fix
        "add one by state name, e.g. mocks={'Charge': {...}}, or by resource"
    """

    code: ClassVar[ProblemCode] = "missing-mock"

    def __init__(self, state: str, resource: str) -> None:
        self.state = state
        self.resource = resource
        self.problem = f"no mock for task state {state!r} (resource {resource!r})"
        self.fix = f"add one by state name, e.g. mocks={{{state!r}: {{...}}}}, or by resource"
        super().__init__(f"{self.problem}; {self.fix}")


class TargetError(SfdslError, ValueError):
    """A command-line TARGET (file, module, ``:name``) cannot be loaded.

    Example:
        >>> issubclass(TargetError, SfdslError)
        True
    """

    code: ClassVar[ProblemCode] = "bad-target"


class DiagramError(SfdslError, ValueError):
    """A diagram cannot be drawn or rendered (unknown format, graphviz missing or failing).

    Example:
        >>> issubclass(DiagramError, SfdslError)
        True
    """

    code: ClassVar[ProblemCode] = "diagram-failed"


class SfdslWarning(UserWarning):
    """A warning about a workflow that is valid but likely to fail at run time.

    Example:
        >>> issubclass(SfdslWarning, UserWarning)
        True
    """


_CLASS_OF_CODE: dict[ProblemCode, type[ValidationError]] = {
    "invalid-path": InvalidPathError,
    "invalid-intrinsic": InvalidIntrinsicError,
    "invalid-condition": InvalidConditionError,
}
"""The error class that problems of one code raise together (:meth:`ValidationError.of`)."""


__all__ = [
    "BuildError",
    "DefinitionError",
    "DiagramError",
    "ExecutionSetupError",
    "IamDerivationError",
    "InvalidConditionError",
    "InvalidIntrinsicError",
    "InvalidPathError",
    "LimitError",
    "MissingMockError",
    "MockValidationError",
    "Problem",
    "ProblemCode",
    "Severity",
    "SfdslError",
    "SfdslWarning",
    "TargetError",
    "ValidationError",
]
