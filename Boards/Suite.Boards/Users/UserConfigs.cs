using JasperFx;
using Suite.Boards.Boards;

namespace Suite.Boards.Users;

/// <summary>Changes a user's <see cref="UserConfig"/> with <see cref="BoardStore.ChangeAsync"/>, so two changes at once both land.</summary>
internal sealed class UserConfigs(BoardStore store)
{
    public async Task<UserConfig> ChangeAsync(string userId, Action<Dictionary<string, string>> change, CancellationToken cancellationToken)
    {
        while (true)
        {
            var changed = await store.ChangeAsync<UserConfig>(userId, (config, _) =>
            {
                change(config.Values);
                return true;
            }, cancellationToken);
            if (changed is not null)
            {
                return changed;
            }

            var created = new UserConfig { Id = userId };
            change(created.Values);
            await using var session = store.Session();
            session.Insert(created);
            try
            {
                await session.SaveChangesAsync(cancellationToken);
                return created;
            }
            catch (Exception ex) when (ex is DocumentAlreadyExistsException || ex.InnerException is DocumentAlreadyExistsException)
            {
                // Made meanwhile by another request: change that one.
            }
        }
    }
}
