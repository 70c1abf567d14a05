using Suite.Platform.Errors;

namespace Suite.Channels.Channels;

/// <summary>Mattermost's channel error ids.</summary>
internal static class ChannelErrors
{
    public static AppErrorException NotFound() =>
        new(404, "app.channel.get.existing.app_error", "Unable to find the existing channel.");

    public static AppErrorException NameTaken() =>
        new(400, "store.sql_channel.save_channel.exists.app_error", "A channel with that name already exists on the same team.");

    public static AppErrorException Archived() =>
        new(400, "api.channel.archived.app_error", "The channel has been archived.");

    public static AppErrorException DefaultChannel(string action) =>
        new(400, $"api.channel.{action}.default.app_error", $"Cannot {action} the default channel {ChannelNames.TownSquare}.");

    public static AppErrorException WrongType(string action) =>
        new(400, $"api.channel.{action}.type.invalid", $"Cannot {action} a direct or group message channel.");

    public static AppErrorException MemberNotFound() =>
        new(404, "app.channel.get_member.missing.app_error", "No channel member found for that user ID and channel ID.");
}
