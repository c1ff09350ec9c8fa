"""A setting the whole kit follows (language, age band): one value, listeners told on change."""

from __future__ import annotations

import weakref
from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

T = TypeVar("T")
Listener = Callable[[], Callable[[Any], None] | None]


class Setting(Generic[T]):
    """A value chosen among ``allowed``; every view showing it listens for changes."""

    def __init__(self, name: str, allowed: Sequence[T], value: T):
        self.name, self.allowed, self.value = name, tuple(allowed), value
        self.listeners: list[Listener] = []

    def get(self) -> T:
        return self.value

    def set(self, value: T) -> None:
        if value not in self.allowed:
            choices = ", ".join(str(a) for a in self.allowed)
            raise ValueError(f"unknown {self.name} {value!r}: choose one of {choices}")
        if value == self.value:
            return
        self.value = value
        for listener in list(self.listeners):
            callback = listener()
            if callback is None:
                self.listeners.remove(listener)
            else:
                callback(value)

    def on_change(self, callback: Callable[[T], None]) -> None:
        """Call ``callback(value)`` after each change, for as long as its owner lives.

        Bound methods are held weakly, so a widget that is gone stops listening.
        """
        if hasattr(callback, "__func__") and hasattr(callback, "__self__"):
            self.listeners.append(weakref.WeakMethod(callback))  # type: ignore[arg-type]
        else:
            self.listeners.append(lambda: callback)
