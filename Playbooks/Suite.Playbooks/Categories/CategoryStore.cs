using Marten;
using Suite.Platform.Documents;

namespace Suite.Playbooks.Categories;

/// <summary>The users' sidebar categories, one Marten document each.</summary>
internal sealed class CategoryStore(ModuleDocumentStore<PlaybooksModule> documents)
{
    public static void Map(StoreOptions options) => options.Schema.For<Category>().Duplicate(c => c.UserId).Duplicate(c => c.TeamId);

    /// <summary>The user's categories in the team, not deleted, oldest first.</summary>
    public async Task<IReadOnlyList<Category>> ListAsync(string teamId, string userId, CancellationToken cancellationToken)
    {
        await using var session = documents.Store.QuerySession();
        return await session.Query<Category>()
            .Where(c => c.TeamId == teamId && c.UserId == userId && c.DeleteAt == 0)
            .OrderBy(c => c.CreateAt).ThenBy(c => c.Id)
            .ToListAsync(cancellationToken);
    }

    public async Task<Category?> FindAsync(string categoryId, CancellationToken cancellationToken)
    {
        await using var session = documents.Store.QuerySession();
        return await session.LoadAsync<Category>(categoryId, cancellationToken);
    }

    public async Task SaveAsync(Category category, CancellationToken cancellationToken)
    {
        await using var session = documents.Store.LightweightSession();
        session.Store(category);
        await session.SaveChangesAsync(cancellationToken);
    }
}
