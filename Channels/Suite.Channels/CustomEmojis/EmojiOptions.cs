using Suite.Platform.Configuration;

namespace Suite.Channels.CustomEmojis;

/// <summary>Mattermost's <c>ServiceSettings.EnableCustomEmoji</c> (section <c>Suite:Emoji</c>); on by default in Suite.</summary>
internal sealed class EmojiOptions
{
    public bool EnableCustomEmoji { get; set; } = true;

    public static readonly ConfigSetting Setting =
        new("ServiceSettings", "EnableCustomEmoji", "Suite:Emoji:EnableCustomEmoji", ConfigValueKind.Boolean, "true") { Client = ClientExposure.Everyone };
}
