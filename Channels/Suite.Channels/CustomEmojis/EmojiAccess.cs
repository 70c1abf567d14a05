namespace Suite.Channels.CustomEmojis;

/// <summary>The switch every emoji read passes, with the status Mattermost answers where it is off.</summary>
internal sealed class EmojiAccess(EmojiOptions options, EmojiStore store)
{
    public void RequireEnabled(int statusWhenDisabled)
    {
        if (!options.EnableCustomEmoji)
        {
            throw EmojiErrors.Disabled(statusWhenDisabled);
        }
    }

    public async Task<CustomEmoji> RequireAsync(string id, CancellationToken cancellationToken) =>
        await store.GetAsync(id, cancellationToken) ?? throw EmojiErrors.NotFound();
}
