using Marten;
using Suite.Platform;
using Suite.Platform.Documents;
using Suite.Playbooks.Checklists;

namespace Suite.Playbooks.Conditions;

/// <summary>Conditions, one Marten document each, of a playbook (<c>run_id</c> absent) or copied onto a run.</summary>
internal sealed class ConditionStore(ModuleDocumentStore<PlaybooksModule> documents)
{
    /// <summary>Most conditions one playbook may have, as the plugin's <c>MaxConditionsPerPlaybook</c>.</summary>
    public const int MaxPerPlaybook = 1000;

    public static void Map(StoreOptions options) =>
        options.Schema.For<Condition>().Duplicate(c => c.PlaybookId).Duplicate(c => c.RunId!);

    /// <summary>The playbook's own conditions (<paramref name="runId"/> null) or a run's copies, oldest first, not deleted.</summary>
    public async Task<ConditionPage> PageAsync(string playbookId, string? runId, int page, int perPage, CancellationToken cancellationToken)
    {
        await using var session = documents.Store.QuerySession();
        var query = Live(session, playbookId, runId);
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderBy(c => c.CreateAt).ThenBy(c => c.Id).Skip(page * perPage).Take(perPage).ToListAsync(cancellationToken);
        return new ConditionPage(total, Math.Max(1, (total + perPage - 1) / perPage), (page + 1) * perPage < total, items);
    }

    public async Task<IReadOnlyList<Condition>> ListAsync(string playbookId, string? runId, CancellationToken cancellationToken)
    {
        await using var session = documents.Store.QuerySession();
        return await Live(session, playbookId, runId).OrderBy(c => c.CreateAt).ThenBy(c => c.Id).ToListAsync(cancellationToken);
    }

    public async Task<int> CountAsync(string playbookId, CancellationToken cancellationToken)
    {
        await using var session = documents.Store.QuerySession();
        return await Live(session, playbookId, runId: null).CountAsync(cancellationToken);
    }

    /// <summary>A condition of the playbook (its own or a run's copy), unless deleted.</summary>
    public async Task<Condition?> FindAsync(string playbookId, string conditionId, CancellationToken cancellationToken)
    {
        await using var session = documents.Store.QuerySession();
        var condition = await session.LoadAsync<Condition>(conditionId, cancellationToken);
        return condition is { DeleteAt: 0 } && condition.PlaybookId == playbookId ? condition : null;
    }

    public async Task SaveAsync(IEnumerable<Condition> conditions, CancellationToken cancellationToken)
    {
        await using var session = documents.Store.LightweightSession();
        session.Store(conditions.ToArray());
        await session.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Copies the playbook's conditions for another playbook or a run (<paramref name="runId"/>), onto the copies of
    /// their fields (<paramref name="fieldIds"/>: original id to copy's), and points <paramref name="checklists"/>' items
    /// at the copies. A condition over a field that was not copied is left behind, as the plugin skips it. Answers the
    /// copies by the original's id.
    /// </summary>
    public async Task<IReadOnlyDictionary<string, Condition>> CopyAsync(
        string playbookId, string targetPlaybookId, string? runId, IReadOnlyDictionary<string, string> fieldIds, IEnumerable<Checklist> checklists, long now, CancellationToken cancellationToken)
    {
        var copies = new Dictionary<string, Condition>(StringComparer.Ordinal);
        foreach (var original in await ListAsync(playbookId, runId: null, cancellationToken))
        {
            if (original.ConditionExpr.WithFields(fieldIds) is { } expression)
            {
                copies[original.Id] = new Condition
                {
                    Id = Ids.New(), ConditionExpr = expression, Version = original.Version, PlaybookId = targetPlaybookId, RunId = runId, CreateAt = now, UpdateAt = now,
                };
            }
        }

        if (copies.Count == 0)
        {
            return copies;
        }

        foreach (var item in checklists.SelectMany(c => c.Items))
        {
            if (copies.TryGetValue(item.ConditionId, out var copy))
            {
                item.ConditionId = copy.Id;
            }
        }

        await SaveAsync(copies.Values, cancellationToken);
        return copies;
    }

    private static IQueryable<Condition> Live(IQuerySession session, string playbookId, string? runId)
    {
        var live = session.Query<Condition>().Where(c => c.PlaybookId == playbookId && c.DeleteAt == 0);
        return runId is null ? live.Where(c => c.RunId == null) : live.Where(c => c.RunId == runId);
    }
}
