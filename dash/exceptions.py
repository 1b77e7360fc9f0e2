"""Exceptions raised by Dash, importable as `dash.exceptions`."""


class DashException(Exception):
    """Base class of every Dash error."""


class ObsoleteKeywordException(DashException):
    pass


class NoLayoutException(DashException):
    pass


class CallbackException(DashException):
    pass


class NonExistentEventException(DashException):
    pass


class IncorrectTypeException(DashException, TypeError):
    pass


class IDsCantContainPeriods(CallbackException):
    pass


class WildcardInLongCallback(CallbackException):
    pass


class DuplicateCallback(CallbackException):
    pass


class DuplicateCallbackOutput(CallbackException):
    pass


class DuplicateIdError(DashException):
    pass


class InvalidCallbackReturnValue(CallbackException):
    pass


class InvalidComponentIdError(IncorrectTypeException):
    pass


class PreventUpdate(CallbackException):
    """Raise inside a callback to leave every output unchanged."""


class InvalidIndexException(DashException):
    pass


class DependencyException(DashException):
    pass


class ResourceException(DashException):
    pass


class MissingCallbackContextException(CallbackException):
    pass


class UnsupportedRelativePath(DashException):
    pass


class InvalidResourceError(DashException):
    pass


class InvalidConfig(DashException):
    pass


class HookError(DashException):
    pass


class ImportedInsideCallbackError(DashException):
    pass


class PageError(DashException):
    pass


class BackgroundCallbackError(DashException):
    pass


class MissingBackgroundCallbackManagerError(DashException):
    pass


class LongCallbackError(BackgroundCallbackError):
    pass


class MissingLongCallbackManagerError(MissingBackgroundCallbackManagerError):
    pass


class AppNotFoundError(DashException):
    pass


class ProxyError(DashException):
    pass


class InvalidCallbackContext(DashException):
    pass


class BadRequest(DashException):
    """A malformed request from the page: answered with a 400 and a short reason."""
