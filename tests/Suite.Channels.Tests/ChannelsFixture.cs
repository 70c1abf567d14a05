using System.Text.Json;
using Suite.Testing;

namespace Suite.Channels.Tests;

/// <summary>A <see cref="TeamFixture"/> with helpers for reading post lists.</summary>
public abstract class ChannelsFixture : TeamFixture
{
    protected static JsonElement Post(JsonElement list, string id) => list.GetProperty("posts").GetProperty(id);

    protected static List<string> Order(JsonElement list) => list.GetProperty("order").EnumerateArray().Select(e => e.GetString()!).ToList();
}
