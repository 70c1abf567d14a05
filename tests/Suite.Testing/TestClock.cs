using Microsoft.Extensions.Time.Testing;

namespace Suite.Testing;

/// <summary>Clocks for tests that move only when told (the framework's <see cref="FakeTimeProvider"/>).</summary>
public static class TestClock
{
    /// <summary>Starts at the real current time, rounded to the millisecond as Suite stores times.</summary>
    public static FakeTimeProvider StartingNow() =>
        new(DateTimeOffset.FromUnixTimeMilliseconds(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()));
}
