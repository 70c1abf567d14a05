using System.Text.Json;
using FluentValidation;
using Suite.Channels.Channels;
using Suite.Platform;

namespace Suite.Channels.Posts.CreatePost;

/// <summary>What Mattermost accepts in a post, shared by the API and the module contract.</summary>
internal static class PostInputRules
{
    public const int MaxFiles = 10;
    public const int MaxPropsLength = 800_000;
    public const int MaxPendingPostIdLength = 100;

    public static bool ValidMessage(string? message) => ChannelNames.RuneLength(message) <= PostErrors.MaxMessageRunes;

    public static bool ValidFileIds(IReadOnlyList<string>? fileIds) => fileIds is null || (fileIds.Count <= MaxFiles && fileIds.All(Ids.IsValid));

    public static bool ValidProps(JsonElement? props) =>
        props is null || props.Value.ValueKind == JsonValueKind.Null
        || (props.Value.ValueKind == JsonValueKind.Object && props.Value.GetRawText().Length <= MaxPropsLength);

    /// <summary>Clients may not make system messages; custom types must start with <c>custom_</c> as in Mattermost.</summary>
    public static bool ValidType(string? type) =>
        string.IsNullOrEmpty(type) || type is "me" or "slack_attachment" || (type.StartsWith("custom_", StringComparison.Ordinal) && type.Length <= 26);

    public static IRuleBuilderOptions<T, string> ValidRootId<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(r => string.IsNullOrEmpty(r) || Ids.IsValid(r)).WithMessage("must be empty or a valid id.");
}
