using System.Text.Json;
using System.Text.Json.Serialization;

namespace Suite.Licensing.Signing;

/// <summary>
/// The <c>features</c> object of a license: the seat count and boolean feature flags, each of
/// which may be missing. Flags Suite does not know are kept, so a license round-trips unchanged.
/// </summary>
[JsonConverter(typeof(LicenseFeaturesJsonConverter))]
public sealed class LicenseFeatures
{
    private readonly Dictionary<string, bool> _flags;

    /// <summary>No seats and no flags: everything is resolved by <see cref="WithDefaults"/>.</summary>
    public LicenseFeatures()
        : this(null, new Dictionary<string, bool>(StringComparer.Ordinal))
    {
    }

    private LicenseFeatures(int? users, Dictionary<string, bool> flags)
    {
        Users = users;
        _flags = flags;
    }

    /// <summary>Licensed seats (<c>users</c>), or null when missing.</summary>
    public int? Users { get; }

    /// <summary>The flags present in the document, by key.</summary>
    public IReadOnlyDictionary<string, bool> Flags => _flags;

    /// <summary>The flag's value, or null when the document does not set it.</summary>
    public bool? Get(string key) => _flags.TryGetValue(key, out var value) ? value : null;

    /// <summary>A copy with the seat count set.</summary>
    public LicenseFeatures WithUsers(int? users) => new(users, new Dictionary<string, bool>(_flags, StringComparer.Ordinal));

    /// <summary>A copy with one flag set.</summary>
    public LicenseFeatures With(string key, bool value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        if (key == FeatureFlags.Users)
        {
            throw new ArgumentException("'users' is the seat count, not a flag.", nameof(key));
        }

        return new LicenseFeatures(Users, new Dictionary<string, bool>(_flags, StringComparer.Ordinal) { [key] = value });
    }

    /// <summary>
    /// Mattermost's <c>SetDefaults</c>: a missing <c>future_features</c> is true; every other missing
    /// known flag takes its value, except <c>announcement</c> and <c>theme_management</c> (true) and
    /// <c>cloud</c> (false); a missing <c>users</c> is 0. So a license that lists a few features turns
    /// on everything else unless its issuer sets <c>future_features</c> to false.
    /// </summary>
    public LicenseFeatures WithDefaults()
    {
        var flags = new Dictionary<string, bool>(_flags, StringComparer.Ordinal);
        var future = Get(FeatureFlags.FutureFeatures) ?? true;
        foreach (var key in FeatureFlags.Known)
        {
            if (!flags.ContainsKey(key))
            {
                flags[key] = key switch
                {
                    FeatureFlags.FutureFeatures => future,
                    FeatureFlags.Announcement or FeatureFlags.ThemeManagement => true,
                    FeatureFlags.Cloud => false,
                    _ => future,
                };
            }
        }

        return new LicenseFeatures(Users ?? 0, flags);
    }

    /// <summary>Writes <c>users</c>, the known flags in Mattermost's order, then any others.</summary>
    internal void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        if (Users is { } users)
        {
            writer.WriteNumber(FeatureFlags.Users, users);
        }

        foreach (var key in FeatureFlags.Known)
        {
            if (_flags.TryGetValue(key, out var value))
            {
                writer.WriteBoolean(key, value);
            }
        }

        foreach (var (key, value) in _flags.Where(f => !FeatureFlags.IsKnown(f.Key)).OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            writer.WriteBoolean(key, value);
        }

        writer.WriteEndObject();
    }

    internal static LicenseFeatures Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("'features' must be an object.");
        }

        int? users = null;
        var flags = new Dictionary<string, bool>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var key = reader.GetString()!;
            reader.Read();
            if (key == FeatureFlags.Users)
            {
                users = reader.TokenType switch
                {
                    JsonTokenType.Null => null,
                    JsonTokenType.Number when reader.TryGetInt32(out var count) && count >= 0 => count,
                    _ => throw new JsonException("'features.users' must be a whole number of seats, 0 or more."),
                };
                continue;
            }

            switch (reader.TokenType)
            {
                case JsonTokenType.True or JsonTokenType.False:
                    flags[key] = reader.GetBoolean();
                    break;
                case JsonTokenType.Null:
                    break;
                case JsonTokenType.StartObject or JsonTokenType.StartArray when !FeatureFlags.IsKnown(key):
                    reader.Skip();
                    break;
                default:
                    if (FeatureFlags.IsKnown(key))
                    {
                        throw new JsonException($"'features.{key}' must be true, false or null.");
                    }

                    break;
            }
        }

        return new LicenseFeatures(users, flags);
    }
}

/// <summary>Reads and writes <see cref="LicenseFeatures"/> as Mattermost's flat <c>features</c> object.</summary>
internal sealed class LicenseFeaturesJsonConverter : JsonConverter<LicenseFeatures>
{
    public override LicenseFeatures Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        LicenseFeatures.Read(ref reader);

    public override void Write(Utf8JsonWriter writer, LicenseFeatures value, JsonSerializerOptions options) =>
        value.Write(writer);
}
