using System.Buffers;
using System.Text;
using System.Text.Json;
using Suite.Platform.Api;

namespace Suite.Platform.Realtime;

/// <summary>
/// An event serialized once for all its recipients: the envelope up to <c>"seq":</c>, to which each
/// connection appends its own sequence number. Recipients with their own fields get their own copy.
/// </summary>
internal sealed class PreparedEvent
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = ApiJson.Options.Encoder };
    private static readonly byte[] EmptyObject = "{}"u8.ToArray();

    private readonly byte[] _data;
    private readonly byte[] _broadcast;
    private readonly Dictionary<string, byte[]>? _perUserData;
    private readonly byte[] _prefix;
    private readonly Dictionary<string, byte[]>? _perUserPrefix;

    private PreparedEvent(string name, byte[] data, byte[] broadcast, BroadcastFilter filter, HashSet<string>? recipients, Dictionary<string, byte[]>? perUserData)
    {
        Name = name;
        _data = data;
        _broadcast = broadcast;
        Filter = filter;
        Recipients = recipients;
        _perUserData = perUserData;
        _prefix = Prefix(name, data, broadcast);
        if (perUserData is { Count: > 0 })
        {
            _perUserPrefix = new Dictionary<string, byte[]>(perUserData.Count, StringComparer.Ordinal);
            using var baseData = JsonDocument.Parse(data);
            foreach (var (userId, fields) in perUserData)
            {
                _perUserPrefix[userId] = Prefix(name, Merge(baseData.RootElement, fields), broadcast);
            }
        }
    }

    public string Name { get; }

    /// <summary>The connection-level part of <c>broadcast</c>: who may receive it.</summary>
    public BroadcastFilter Filter { get; }

    /// <summary>The resolved audience (before <see cref="BroadcastFilter.OmitUsers"/>); null for everyone.</summary>
    public HashSet<string>? Recipients { get; }

    /// <summary>Serializes a published event. <paramref name="recipients"/> is the resolved audience, null for everyone.</summary>
    public static PreparedEvent Create(RealtimeEvent realtimeEvent, HashSet<string>? recipients)
    {
        ArgumentException.ThrowIfNullOrEmpty(realtimeEvent.Event);
        var broadcast = realtimeEvent.Broadcast ?? Broadcast.Everyone;
        var data = realtimeEvent.Data is null ? EmptyObject : JsonSerializer.SerializeToUtf8Bytes(realtimeEvent.Data, ApiJson.Options);
        if (data.Length == 0 || data[0] != (byte)'{')
        {
            throw new ArgumentException($"The data of event '{realtimeEvent.Event}' must serialize to a JSON object.", nameof(realtimeEvent));
        }

        Dictionary<string, byte[]>? perUser = null;
        if (realtimeEvent.PerUserData is { Count: > 0 } fields)
        {
            perUser = new Dictionary<string, byte[]>(fields.Count, StringComparer.Ordinal);
            foreach (var (userId, userFields) in fields)
            {
                perUser[userId] = JsonSerializer.SerializeToUtf8Bytes(userFields, ApiJson.Options);
            }
        }

        var filter = new BroadcastFilter(
            broadcast.UserId,
            broadcast.ConnectionId,
            broadcast.OmitConnectionId,
            broadcast.OmitUsers is { Count: > 0 } omit ? new HashSet<string>(omit, StringComparer.Ordinal) : null);
        return new PreparedEvent(realtimeEvent.Event, data, BroadcastJson(broadcast), filter, recipients, perUser);
    }

    /// <summary>Mattermost's <c>hello</c>: the first event of every connection.</summary>
    public static PreparedEvent Hello(string userId, string connectionId, string serverVersion)
    {
        var data = JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string>
        {
            ["server_version"] = serverVersion,
            ["connection_id"] = connectionId,
        }, ApiJson.Options);
        return new PreparedEvent("hello", data, BroadcastJson(Broadcast.ToUser(userId)), new BroadcastFilter(userId, connectionId, "", null), null, null);
    }

    /// <summary>The envelope up to and including <c>"seq":</c>, for this recipient.</summary>
    public byte[] PrefixFor(string userId) =>
        _perUserPrefix is not null && _perUserPrefix.TryGetValue(userId, out var own) ? own : _prefix;

    /// <summary>The event as <paramref name="userId"/>'s connections receive it, parsed for in-process listeners.</summary>
    public UserEvent ToUserEvent(string userId)
    {
        var prefix = PrefixFor(userId);
        var seqLength = ",\"seq\":"u8.Length;
        var json = new byte[prefix.Length - seqLength + 1];
        prefix.AsSpan(0, prefix.Length - seqLength).CopyTo(json);
        json[^1] = (byte)'}';
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var broadcast = root.GetProperty("broadcast");
        return new UserEvent(Name, root.GetProperty("data").Clone(), StringOrEmpty(broadcast, "channel_id"), StringOrEmpty(broadcast, "team_id"));
    }

    /// <summary>True when a connection of <paramref name="userId"/> with id <paramref name="connectionId"/> receives the event (Mattermost's order of checks).</summary>
    public bool IsFor(string userId, string connectionId)
    {
        if (Filter.ConnectionId.Length > 0)
        {
            return connectionId == Filter.ConnectionId;
        }

        if (Filter.OmitConnectionId.Length > 0 && connectionId == Filter.OmitConnectionId)
        {
            return false;
        }

        if (Filter.UserId.Length > 0)
        {
            return userId == Filter.UserId;
        }

        if (Filter.OmitUsers is not null && Filter.OmitUsers.Contains(userId))
        {
            return false;
        }

        return Recipients is null || Recipients.Contains(userId);
    }

    /// <summary>The cluster bus message: <c>{origin, event, data, broadcast, recipients, per_user}</c>, origin first.</summary>
    public byte[] ToBusMessage(string origin)
    {
        var buffer = new ArrayBufferWriter<byte>(_data.Length + _broadcast.Length + 128 + ((Recipients?.Count ?? 0) * 29));
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("origin"u8, origin);
            writer.WriteString("event"u8, Name);
            writer.WritePropertyName("data"u8);
            writer.WriteRawValue(_data, skipInputValidation: true);
            writer.WritePropertyName("broadcast"u8);
            writer.WriteRawValue(_broadcast, skipInputValidation: true);
            writer.WritePropertyName("recipients"u8);
            if (Recipients is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                writer.WriteStartArray();
                foreach (var userId in Recipients)
                {
                    writer.WriteStringValue(userId);
                }

                writer.WriteEndArray();
            }

            if (_perUserData is not null)
            {
                writer.WriteStartObject("per_user"u8);
                foreach (var (userId, fields) in _perUserData)
                {
                    writer.WritePropertyName(userId);
                    writer.WriteRawValue(fields, skipInputValidation: true);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Reads a message written by <see cref="ToBusMessage"/>.</summary>
    public static PreparedEvent FromBusMessage(ReadOnlySpan<byte> message)
    {
        var reader = new Utf8JsonReader(message);
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        var name = root.GetProperty("event").GetString() ?? throw new JsonException("The event has no name.");
        var data = Encoding.UTF8.GetBytes(root.GetProperty("data").GetRawText());
        var broadcastElement = root.GetProperty("broadcast");
        HashSet<string>? omitUsers = null;
        if (broadcastElement.TryGetProperty("omit_users", out var omit) && omit.ValueKind == JsonValueKind.Object)
        {
            omitUsers = new HashSet<string>(StringComparer.Ordinal);
            foreach (var user in omit.EnumerateObject())
            {
                omitUsers.Add(user.Name);
            }
        }

        var filter = new BroadcastFilter(
            StringOrEmpty(broadcastElement, "user_id"),
            StringOrEmpty(broadcastElement, "connection_id"),
            StringOrEmpty(broadcastElement, "omit_connection_id"),
            omitUsers);

        HashSet<string>? recipients = null;
        if (root.TryGetProperty("recipients", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            recipients = new HashSet<string>(list.GetArrayLength(), StringComparer.Ordinal);
            foreach (var userId in list.EnumerateArray())
            {
                recipients.Add(userId.GetString()!);
            }
        }

        Dictionary<string, byte[]>? perUser = null;
        if (root.TryGetProperty("per_user", out var perUserElement) && perUserElement.ValueKind == JsonValueKind.Object)
        {
            perUser = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            foreach (var user in perUserElement.EnumerateObject())
            {
                perUser[user.Name] = Encoding.UTF8.GetBytes(user.Value.GetRawText());
            }
        }

        return new PreparedEvent(name, data, Encoding.UTF8.GetBytes(broadcastElement.GetRawText()), filter, recipients, perUser);
    }

    private static string StringOrEmpty(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : "";

    private static byte[] BroadcastJson(Broadcast broadcast)
    {
        var buffer = new ArrayBufferWriter<byte>(192);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("omit_users"u8);
            if (broadcast.OmitUsers is { Count: > 0 } omit)
            {
                writer.WriteStartObject();
                foreach (var userId in omit)
                {
                    writer.WriteBoolean(userId, true);
                }

                writer.WriteEndObject();
            }
            else
            {
                writer.WriteNullValue();
            }

            writer.WriteString("user_id"u8, broadcast.UserId);
            writer.WriteString("channel_id"u8, broadcast.ChannelId);
            writer.WriteString("team_id"u8, broadcast.TeamId);
            writer.WriteString("connection_id"u8, broadcast.ConnectionId);
            writer.WriteString("omit_connection_id"u8, broadcast.OmitConnectionId);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static byte[] Prefix(string name, byte[] data, byte[] broadcast)
    {
        var buffer = new ArrayBufferWriter<byte>(data.Length + broadcast.Length + name.Length + 48);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteString("event"u8, name);
            writer.WritePropertyName("data"u8);
            writer.WriteRawValue(data, skipInputValidation: true);
            writer.WritePropertyName("broadcast"u8);
            writer.WriteRawValue(broadcast, skipInputValidation: true);
            writer.WriteEndObject();
        }

        // The closing brace gives way to the sequence number each connection appends.
        var written = buffer.WrittenSpan;
        var seq = ",\"seq\":"u8;
        var prefix = new byte[written.Length - 1 + seq.Length];
        written[..^1].CopyTo(prefix);
        seq.CopyTo(prefix.AsSpan(written.Length - 1));
        return prefix;
    }

    private static byte[] Merge(JsonElement data, byte[] fields)
    {
        using var overrides = JsonDocument.Parse(fields);
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            foreach (var property in data.EnumerateObject())
            {
                if (!overrides.RootElement.TryGetProperty(property.Name, out _))
                {
                    property.WriteTo(writer);
                }
            }

            foreach (var property in overrides.RootElement.EnumerateObject())
            {
                property.WriteTo(writer);
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}

/// <summary>The parts of <c>broadcast</c> checked per connection.</summary>
internal sealed record BroadcastFilter(string UserId, string ConnectionId, string OmitConnectionId, HashSet<string>? OmitUsers);
